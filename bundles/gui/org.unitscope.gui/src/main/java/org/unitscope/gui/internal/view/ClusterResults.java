package org.unitscope.gui.internal.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the results browser finds a finished job's units: its own folder, or a cluster run's first run folder. */
final class ClusterResults {
    private ClusterResults() {
    }

    /**
     * The folder itself when it holds units.csv, else its first sub-folder (a sharded run's {@code run/}, a survey's runs
     * in name order) that does; empty when none does.
     */
    static Optional<Path> unitsFolder(Path output) {
        if (Files.isRegularFile(output.resolve("units.csv"))) {
            return Optional.of(output);
        }
        if (Files.isRegularFile(output.resolve("run").resolve("units.csv"))) {
            return Optional.of(output.resolve("run"));
        }
        try (Stream<Path> s = Files.list(output)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p.resolve("units.csv")))
                    .sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
