package org.unitscope.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.unitscope.math.io.AtomicFiles;

/**
 * Writes the report of a study (or of one run) as a self-contained folder that opens offline: {@code index.html}
 * (no script, no style sheet or font fetched from anywhere), {@code figures/*.png|svg} and {@code report.json} (the
 * tables' numbers and each figure's plotted data). The folder is built beside the target and swapped in whole, so a
 * reader sees the old report or the new one, never a mixture.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** What a report holds once drawn. */
    public record Contents(String title, Path source, List<ReportTable> tables, List<Figure> figures) {
    }

    public static Contents write(StudyResults study, Path target) throws IOException {
        Path parent = Files.createDirectories(target.toAbsolutePath().getParent());
        Path building = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            List<ReportTable> tables = new ArrayList<>(LayerTables.of(study));
            tables.add(Provenance.of(study));
            List<Figure> figures = new ReportFigures(building).draw(study);
            Contents c = new Contents(study.title(), study.folder().toAbsolutePath(), tables, figures);
            AtomicFiles.writeString(building.resolve("index.html"), new HtmlPage(c, Instant.now()).render());
            AtomicFiles.writeString(building.resolve("report.json"), ReportJson.of(c));
            swapIn(building, target.toAbsolutePath());
            return c;
        } finally {
            deleteTree(building);
        }
    }

    /** Renames the built folder onto the target; an old report is moved aside first and deleted after. */
    private static void swapIn(Path built, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old);
        }
        Files.move(built, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
