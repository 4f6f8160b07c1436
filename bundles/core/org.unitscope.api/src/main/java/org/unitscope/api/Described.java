package org.unitscope.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Every pluggable service describes itself, so no front end hard-codes a plugin. */
@ConsumerType
public interface Described {

    /**
     * Id, version, title and parameters. Derived from the class's {@link UnitscopeService} and the configuration
     * type it names ({@link ServiceInfo#of(Class)}); a service declared that way implements nothing here.
     */
    default ServiceInfo info() {
        return ServiceInfo.of(getClass());
    }

    /**
     * Checks what one parameter's declared range or choices cannot express (e.g. {@code mean * (1 + contrast) <= 1}),
     * when the run is resolved, before any model loads; throws {@link UnitscopeException} naming the service, the
     * parameters, their values and what is allowed. Single-parameter limits belong in the {@link ParameterSpec}.
     */
    default void validate(Parameters parameters) {
    }
}
