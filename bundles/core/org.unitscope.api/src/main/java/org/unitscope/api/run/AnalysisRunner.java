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
     * Resolves the description (a missing service is an error naming it and listing those present) and starts
     * the run on a thread of its own; results go to {@code outputDirectory}.
     */
    RunHandle start(RunDescription description, Path outputDirectory, RunListener listener);
}
