package org.unitscope.api.stage;

import org.osgi.annotation.versioning.ProviderType;

/** A timed phase of a stage: reports progress (with rate and ETA) to the run's listener. */
@ProviderType
public interface Phase {

    /** {@code done} items of the phase's total are done. */
    void done(long done);

    /** Seconds since the phase started. */
    double seconds();
}
