package org.unitscope.api.run;

import java.nio.file.Path;
import java.util.List;

/**
 * How a run ended. COMPLETE: every result written. INCOMPLETE: stopped (cancelled, or a provider went away);
 * what was done is written and the manifest says so. FAILED: nothing usable, {@code message} says why.
 */
public record RunOutcome(Status status, Path outputDirectory, String message, List<String> layerSummaries) {

    public enum Status { COMPLETE, INCOMPLETE, FAILED }

    public RunOutcome {
        layerSummaries = List.copyOf(layerSummaries);
    }
}
