package org.unitscope.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    public record Contents(String title, String source, List<ReportTable> tables, List<Figure> figures) {
    }

    /** The report of one study (or run). */
    public static Contents write(StudyResults study, Path target) throws IOException {
        return write(Map.of(study.folder().getFileName().toString(), study), target);
    }

    /**
     * The report of one study, or the comparison of several, each keyed by the label its tables and figures carry
     * (e.g. the reference network against its untrained control): their tables one after the other, the distributions
     * of the layers they share overlaid.
     */
    public static Contents write(Map<String, StudyResults> studies, Path target) throws IOException {
        Path parent = Files.createDirectories(target.toAbsolutePath().getParent());
        Path building = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            List<ReportTable> tables = new ArrayList<>();
            studies.forEach((label, study) -> tables.addAll(labelled(studies.size() > 1 ? label : null, study)));
            List<Figure> figures = new ReportFigures(new FigureFiles(building)).draw(studies);
            Contents c = new Contents(title(studies), studies.values().stream().map(st -> st.folder().toAbsolutePath().toString())
                    .collect(Collectors.joining(" and ")), tables, figures);
            AtomicFiles.writeString(building.resolve("index.html"), new HtmlPage(c, Instant.now()).render());
            AtomicFiles.writeString(building.resolve("report.json"), ReportJson.of(c));
            swapIn(building, target.toAbsolutePath());
            return c;
        } finally {
            deleteTree(building);
        }
    }

    private static List<ReportTable> labelled(String label, StudyResults study) {
        List<ReportTable> out = new ArrayList<>(LayerTables.of(study));
        out.add(Provenance.of(study));
        return label == null ? out : out.stream().map(t -> new ReportTable(label + "-" + t.id(), label + ": " + t.title(), t.note(),
                t.columns(), t.rows())).toList();
    }

    private static String title(Map<String, StudyResults> studies) {
        if (studies.size() == 1) {
            return studies.values().iterator().next().title();
        }
        return "comparison: " + studies.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue().title() + ")")
                .collect(Collectors.joining(" against "));
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
