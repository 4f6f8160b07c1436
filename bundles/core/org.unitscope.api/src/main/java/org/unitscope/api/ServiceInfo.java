package org.unitscope.api;

import java.util.List;
import java.util.Objects;

/** What a service says about itself: a stable id, its version, a title and its parameters. */
public record ServiceInfo(String id, String version, String title, List<ParameterSpec> parameters) {

    public ServiceInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        parameters = List.copyOf(parameters);
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("service id must be lower-case letters, digits, '.', '_' or '-': " + id);
        }
    }
}
