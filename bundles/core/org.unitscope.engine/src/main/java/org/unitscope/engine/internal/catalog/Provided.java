package org.unitscope.engine.internal.catalog;

import org.unitscope.api.Described;
import org.unitscope.api.directory.ServiceEntry;

/** A service a run uses: its directory entry (named in messages and manifests) and the object itself. */
public record Provided<T extends Described>(ServiceEntry entry, T service) {

    public String id() {
        return entry.id();
    }

    public String version() {
        return entry.version();
    }

    /** The providing bundle, "symbolic-name version". */
    public String provider() {
        return entry.provider();
    }

    public String describe() {
        return entry.describe();
    }

    /** Whether this is the service of that entry (the same registration). */
    public boolean is(ServiceEntry other) {
        return entry.serviceId() == other.serviceId();
    }
}
