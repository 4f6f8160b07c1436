package org.unitscope.api.run;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/** The run engine: resolves a run description against the services present and executes it. */
@ProviderType
public interface AnalysisRunner {

    /** Parses a run description from JSON; errors name the field at fault. */
    RunDescription parse(String json);

    /** Writes a run description as JSON (what manifests record). */
    String toJson(RunDescription description);

    /**
     * Resolves the description as {@link #start} does, without starting it: a missing service, a parameter of the wrong
     * type or outside its range, or one a service's own check rejects (awc's {@code shuffles} too few for its
     * {@code alpha}) throws {@link org.unitscope.api.UnitscopeException} naming it. No model loads and nothing is
     * written; a front end that runs a description in parts (a cluster's probe and sums) checks it whole first.
     *
     * @since 1.10
     */
    void check(RunDescription description);

    /**
     * Resolves the description (a missing service is an error naming it and listing those present) and starts
     * the run on a thread of its own; results go to {@code outputDirectory}, which must not hold another run's results
     * ({@link ExistingResults#REFUSE}).
     */
    default RunHandle start(RunDescription description, Path outputDirectory, RunListener listener) {
        return start(description, outputDirectory, listener, ExistingResults.REFUSE);
    }

    /**
     * As {@link #start(RunDescription, Path, RunListener)}, saying what to do when the folder holds results. The folder
     * has one owner while the run lasts: a second run into it is refused, naming the first.
     *
     * @since 1.5
     */
    RunHandle start(RunDescription description, Path outputDirectory, RunListener listener, ExistingResults existing);

    /**
     * Continues the run whose results folder this is, stopped or killed before it ended: its description is read from
     * the folder's manifest, and the work its checkpoints hold is not done again. The results equal an uninterrupted
     * run's (docs/ROBUSTNESS.md lists the exceptions).
     *
     * @since 1.5
     */
    RunHandle resume(Path outputDirectory, RunListener listener);
}
