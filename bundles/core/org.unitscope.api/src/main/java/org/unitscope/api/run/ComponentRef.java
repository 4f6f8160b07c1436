package org.unitscope.api.run;

import java.util.Map;

/** A service named in a run description, with its raw parameters (checked when the run is resolved). */
public record ComponentRef(String id, Map<String, Object> parameters) {
    public ComponentRef {
        java.util.Objects.requireNonNull(id, "id");
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
}
