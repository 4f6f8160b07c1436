package org.unitscope.engine.internal;

import jakarta.inject.Inject;
import java.io.IOException;

/**
 * Prepares or runs one stage. The engine's own stages run on the run's thread (they guard their plugin calls one by
 * one); a plugin's stage runs through the {@link PluginGuard}, so it cannot hold a stop up for longer than its grace.
 * A stage that throws in preparation fails the run under its id (a refusal, before any work); a plugin's stage that
 * throws while running ends it incomplete with the work done kept, naming the stage and its bundle.
 */
final class StageCalls {
    private final RunContext context;
    private final PluginGuard guard;
    private final String engine;

    @Inject
    StageCalls(RunContext context, PluginGuard guard, EngineInfo info) {
        this.context = context;
        this.guard = guard;
        this.engine = RunModule.engineProvider(info);
    }

    void call(ProvidedStage s, boolean prepare) {
        try {
            if (s.provider().equals(engine)) {
                direct(s, prepare);
            } else if (prepare) {
                guard.open(PluginCall.of(s, "prepare"), () -> {
                    s.stage().prepare(context);
                    return null;
                });
            } else {
                guard.stage(PluginCall.of(s, "run"), () -> {
                    s.stage().run(context);
                    return null;
                });
            }
        } catch (PluginFailure e) {
            throw e; // the guard has stopped the run with its message: incomplete, not failed
        } catch (RuntimeException | IOException | LinkageError e) {
            throw new StageFailure(s.stage().id(), e);
        }
    }

    private void direct(ProvidedStage s, boolean prepare) throws IOException {
        if (prepare) {
            s.stage().prepare(context);
        } else {
            s.stage().run(context);
        }
    }
}
