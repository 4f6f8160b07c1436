package org.unitscope.runtime;

import java.lang.reflect.Method;
import java.util.Collection;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * What Declarative Services says of a component: "ACTIVE", "SATISFIED", ... The runtime's types live in the framework
 * (another class loader than the test's), so they are reached by reflection through the SCR bundle.
 */
final class ComponentStates {
    private static final String[] STATES = {"UNSATISFIED_CONFIGURATION", "UNSATISFIED_REFERENCE", "SATISFIED", "ACTIVE",
        "FAILED_ACTIVATION"};

    private ComponentStates() {
    }

    /** The state of each configuration of the named component of {@code bundle}, joined by ",". */
    static String of(BundleContext context, Bundle bundle, String component) throws Exception {
        // all references: the test's class path may hold another copy of the runtime's types
        ServiceReference<?>[] refs = context.getAllServiceReferences("org.osgi.service.component.runtime.ServiceComponentRuntime", null);
        if (refs == null) {
            throw new IllegalStateException("no ServiceComponentRuntime registered");
        }
        ServiceReference<?> ref = refs[0];
        Object scr = context.getService(ref);
        try {
            Class<?> type = ref.getBundle().loadClass("org.osgi.service.component.runtime.ServiceComponentRuntime");
            Class<?> description = ref.getBundle().loadClass("org.osgi.service.component.runtime.dto.ComponentDescriptionDTO");
            Class<?> configuration = ref.getBundle().loadClass("org.osgi.service.component.runtime.dto.ComponentConfigurationDTO");
            Object found = type.getMethod("getComponentDescriptionDTO", Bundle.class, String.class).invoke(scr, bundle, component);
            if (found == null) {
                throw new IllegalStateException("no component " + component + " in " + bundle.getSymbolicName());
            }
            Method configurations = type.getMethod("getComponentConfigurationDTOs", description);
            StringBuilder out = new StringBuilder();
            for (Object dto : (Collection<?>) configurations.invoke(scr, found)) {
                int state = configuration.getField("state").getInt(dto);
                out.append(out.length() == 0 ? "" : ",").append(name(configuration, state));
            }
            return out.toString();
        } finally {
            context.ungetService(ref);
        }
    }

    private static String name(Class<?> configuration, int state) throws ReflectiveOperationException {
        for (String s : STATES) {
            if (configuration.getField(s).getInt(null) == state) {
                return s;
            }
        }
        return "state " + state;
    }
}
