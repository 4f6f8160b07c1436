package org.unitscope.api.rf;

import org.osgi.annotation.versioning.ProviderType;

/** What the engine offers a long estimation: whether to stop, and where to report progress. */
@ProviderType
public interface EstimationControl {

    /** True once the run is asked to stop; estimators check it at least every second or so. */
    boolean stopRequested();

    /** A line for the run's log (e.g. what a step decided, or a problem that did not converge). */
    void message(String line);
}
