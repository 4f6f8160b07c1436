package org.unitscope.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.RfSharding;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.stage.RunStage;

/** The stages a run may use: the engine's own and the plugins' present when it started. */
record RunStages(List<ProvidedStage> candidates) {

    RunStages {
        candidates = List.copyOf(candidates);
    }

    /** Those that apply to the run, by order then id; two stages with one id are an error. */
    List<ProvidedStage> forRun(RunDescription run) {
        List<ProvidedStage> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ProvidedStage s : candidates) {
            if (!ids.add(s.stage().id())) {
                throw new UnitscopeException("two run stages are called '" + s.stage().id() + "'; the second is " + s.describe());
            }
            boolean applies;
            try {
                // a probe part of a sharded run only probes its stimuli into a file: no other stage has rows to work on
                applies = s.stage().appliesTo(run) && (run.rf().sharding().mode() != RfSharding.Mode.PROBE
                        || s.stage().order() == RunStage.PROBE);
            } catch (RuntimeException | LinkageError e) {
                throw new StageFailure(s.stage().id(), e);
            }
            if (applies) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt((ProvidedStage s) -> s.stage().order()).thenComparing(s -> s.stage().id()));
        return out;
    }
}
