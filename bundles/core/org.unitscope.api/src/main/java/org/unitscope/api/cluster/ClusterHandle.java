package org.unitscope.api.cluster;

import org.osgi.annotation.versioning.ProviderType;

/** A cluster run in progress (a child process). */
@ProviderType
public interface ClusterHandle {

    /** Waits for the process to end and says how it ended. */
    ClusterOutcome await() throws InterruptedException;

    /** Stops the run: SIGTERM to the process, which ends its runs marked incomplete; the outcome is then incomplete. */
    void cancel();

    boolean isDone();
}
