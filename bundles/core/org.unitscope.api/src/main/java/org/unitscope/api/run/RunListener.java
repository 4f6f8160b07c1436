package org.unitscope.api.run;

import org.osgi.annotation.versioning.ConsumerType;

/** Receives progress and messages of a run; called from the run's thread, so keep it quick. */
@ConsumerType
public interface RunListener {

    default void progress(RunProgress progress) {
    }

    default void message(String line) {
    }

    RunListener NONE = new RunListener() {
    };
}
