package org.unitscope.runtime.directorybundle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.unitscope.api.directory.DirectoryEvent;
import org.unitscope.api.directory.DirectoryListener;
import org.unitscope.api.directory.ServiceDirectory;
import org.unitscope.api.stimulus.StimulusSet;

/**
 * Listens to the service directory, registers {@link ProbeStimuli} with the properties {@code @UnitscopeService} gives
 * and {@link LegacyStimuli} without them (each as a service factory that counts how often it is obtained), and answers
 * the test through a {@code Function<String, Object>} service (JDK types cross the class loaders): "events",
 * "obtained", "obtained-legacy", "modify" (version 1.1.0), "entries".
 */
public final class Activator implements BundleActivator {
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger obtained = new AtomicInteger();
    private final AtomicInteger obtainedLegacy = new AtomicInteger();
    private ServiceDirectory directory;
    private DirectoryListener listener;
    private ServiceRegistration<?> stimuli;

    @Override
    public void start(BundleContext context) {
        directory = context.getService(context.getServiceReference(ServiceDirectory.class));
        listener = this::heard;
        directory.addListener(listener);
        stimuli = context.registerService(StimulusSet.class.getName(), new Counted(obtained, new ProbeStimuli()), properties("1.0.0"));
        context.registerService(StimulusSet.class.getName(), new Counted(obtainedLegacy, new LegacyStimuli()), null);
        Dictionary<String, Object> probe = new Hashtable<>();
        probe.put("unitscope.test", "directory-probe");
        context.registerService(Function.class, (Function<String, Object>) this::answer, probe);
    }

    private void heard(DirectoryEvent e) {
        events.add(e.type() + " " + e.entry().kind() + " " + e.entry().id() + " " + e.entry().version() + " " + e.entry().bundle());
    }

    private static Dictionary<String, Object> properties(String version) {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("unitscope.id", "probe-stimuli");
        p.put("unitscope.version", version);
        p.put("unitscope.config", ProbeStimuli.Config.class.getName());
        return p;
    }

    private Object answer(String question) {
        switch (question) {
            case "events":
                return List.copyOf(events);
            case "obtained":
                return obtained.get();
            case "obtained-legacy":
                return obtainedLegacy.get();
            case "modify":
                stimuli.setProperties(properties("1.1.0"));
                return null;
            case "entries":
                return directory.entries().stream().map(e -> e.kind() + " " + e.id() + " " + e.version() + " "
                        + e.parameters().size()).toList();
            default:
                throw new IllegalArgumentException(question);
        }
    }

    /** A service factory that counts how often its service is obtained. */
    private record Counted(AtomicInteger count, StimulusSet service) implements ServiceFactory<StimulusSet> {
        @Override
        public StimulusSet getService(Bundle bundle, ServiceRegistration<StimulusSet> registration) {
            count.incrementAndGet();
            return service;
        }

        @Override
        public void ungetService(Bundle bundle, ServiceRegistration<StimulusSet> registration, StimulusSet s) {
        }
    }

    @Override
    public void stop(BundleContext context) {
        directory.removeListener(listener);
    }
}
