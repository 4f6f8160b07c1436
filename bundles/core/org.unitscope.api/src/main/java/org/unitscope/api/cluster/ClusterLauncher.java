package org.unitscope.api.cluster;

import org.osgi.annotation.versioning.ProviderType;
import org.unitscope.api.run.RunListener;

/**
 * Starts {@code unitscope-cluster} as a child process and follows it: its progress lines reach the listener as
 * {@link org.unitscope.api.run.RunProgress} (phase, done / total, rate, ETA), every other line as a message.
 */
@ProviderType
public interface ClusterLauncher {

    /**
     * Starts the cluster run; throws {@link org.unitscope.api.UnitscopeException} when no cluster distribution is found
     * (the message names every place tried) or the process cannot start.
     */
    ClusterHandle launch(ClusterRequest request, RunListener listener);
}
