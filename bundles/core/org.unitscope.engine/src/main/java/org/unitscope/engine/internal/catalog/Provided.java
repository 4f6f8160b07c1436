package org.unitscope.engine.internal.catalog;

import org.unitscope.api.Described;

/** A service present in the framework, with the bundle that provides it (named in messages and manifests). */
public record Provided<T extends Described>(ServiceKind kind, T service, String provider) {

    public String id() {
        return service.info().id();
    }

    public String version() {
        return service.info().version();
    }

    public String describe() {
        return kind.words() + " '" + id() + "' " + version() + " (bundle " + provider + ")";
    }
}
