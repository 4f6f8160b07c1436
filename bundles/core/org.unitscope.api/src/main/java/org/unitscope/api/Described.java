package org.unitscope.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Every pluggable service describes itself, so no front end hard-codes a plugin. */
@ConsumerType
public interface Described {
    ServiceInfo info();

    /**
     * Checks what one parameter's declared range or choices cannot express (e.g. {@code mean * (1 + contrast) <= 1}),
     * when the run is resolved, before any model loads; throws {@link UnitscopeException} naming the service, the
     * parameters, their values and what is allowed. Single-parameter limits belong in the {@link ParameterSpec}.
     */
    default void validate(Parameters parameters) {
    }
}
