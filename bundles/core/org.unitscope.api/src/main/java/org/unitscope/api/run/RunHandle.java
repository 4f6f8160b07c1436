package org.unitscope.api.run;

import org.osgi.annotation.versioning.ProviderType;

/** A run in progress. */
@ProviderType
public interface RunHandle {

    /** Waits for the end of the run (its results are written by then). */
    RunOutcome await() throws InterruptedException;

    /** Asks the run to stop after the current batch; it writes what it has, marked incomplete. */
    void cancel(String reason);

    boolean isDone();
}
