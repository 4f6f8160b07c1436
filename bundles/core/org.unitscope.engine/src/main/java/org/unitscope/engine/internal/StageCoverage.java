package org.unitscope.engine.internal;

import java.util.List;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.stage.RunStage;

/**
 * Refuses, before any work, a run that asks for something no installed stage does: estimators without a
 * receptive-field stage, a prediction without a prediction stage (e.g. the bundle org.unitscope.stage.rf removed).
 * Without this the run would complete and silently lack rf.npz.
 */
final class StageCoverage {
    private StageCoverage() {
    }

    static void require(RunDescription d, List<ProvidedStage> installed) {
        if (!d.estimators().isEmpty()) {
            requireSlot(d, installed, RunStage.RECEPTIVE_FIELDS, "names receptive-field estimators");
        }
        if (d.prediction() != null) {
            requireSlot(d, installed, RunStage.PREDICTION, "asks for a prediction");
        }
    }

    private static void requireSlot(RunDescription d, List<ProvidedStage> installed, int order, String what) {
        boolean covered = installed.stream().anyMatch(p -> p.stage().order() == order && p.stage().appliesTo(d));
        if (!covered) {
            throw new UnitscopeException("the run " + what + " but no installed run stage at order " + order
                    + " handles it (the bundle org.unitscope.stage.rf provides them); installed stages: "
                    + installed.stream().map(p -> p.stage().id()).toList());
        }
    }
}
