package org.unitscope.engine.internal;

import org.unitscope.api.stage.RunStage;

/** A run stage with where it comes from: a plugin bundle, or the engine itself for the built-in ones. */
record ProvidedStage(RunStage stage, String provider) {

    public String describe() {
        return "run stage '" + stage.id() + "' (bundle " + provider + ")";
    }
}
