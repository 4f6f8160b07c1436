package org.unitscope.api;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Objects;

/** What a service says about itself: a stable id, its version, a title and its parameters. */
public record ServiceInfo(String id, String version, String title, List<ParameterSpec> parameters) {
    private static final ClassValue<ServiceInfo> DERIVED = new ClassValue<>() {
        @Override
        protected ServiceInfo computeValue(Class<?> serviceClass) {
            for (Class<?> c = serviceClass; c != null; c = c.getSuperclass()) {
                UnitscopeService s = c.getAnnotation(UnitscopeService.class);
                if (s != null) {
                    return of(s.id(), s.version(), s.config());
                }
            }
            throw new IllegalArgumentException(serviceClass.getName() + " has no @UnitscopeService(id, version, config)"
                    + " and does not implement info()");
        }
    };

    public ServiceInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        parameters = List.copyOf(parameters);
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("service id must be lower-case letters, digits, '.', '_' or '-': " + id);
        }
    }

    /**
     * A service's description from its declaration: the {@link UnitscopeService} on its class (or a superclass) and
     * the configuration type it names. Derived once per class.
     */
    public static ServiceInfo of(Class<?> serviceClass) {
        return DERIVED.get(serviceClass);
    }

    /**
     * A service's description from its id, version and configuration type: the title is the type's
     * {@code @ObjectClassDefinition(name)}, the parameters {@link ParameterSpec#of}.
     */
    public static ServiceInfo of(String id, String version, Class<? extends Annotation> configType) {
        ConfigType config = ConfigType.of(configType);
        if (config.title().isBlank()) {
            throw new IllegalArgumentException(configType.getName() + " needs @ObjectClassDefinition(name = \"...\"):"
                    + " the title of service '" + id + "'");
        }
        return new ServiceInfo(id, version, config.title(), config.specs());
    }
}
