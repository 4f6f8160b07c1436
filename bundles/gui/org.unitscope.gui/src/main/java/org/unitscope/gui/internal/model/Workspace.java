package org.unitscope.gui.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A workspace folder: run descriptions in {@code runs/NAME.json}, results in {@code results/NAME/}, the session in
 * {@code .unitscope/session.json}, each perspective's docking layout in {@code .unitscope/layouts/PERSPECTIVE.xml}.
 */
public record Workspace(Path root) {

    public Workspace {
        root = root.toAbsolutePath().normalize();
    }

    /** Creates the folders of a new workspace (existing ones are kept). */
    public static Workspace open(Path root) throws IOException {
        Workspace w = new Workspace(root);
        Files.createDirectories(w.runs());
        Files.createDirectories(w.results());
        return w;
    }

    public Path runs() {
        return root.resolve("runs");
    }

    public Path results() {
        return root.resolve("results");
    }

    public Path sessionFile() {
        return root.resolve(".unitscope").resolve("session.json");
    }

    /** The saved layout of a perspective (ModernDocking's XML), written atomically when it is left or the window closes. */
    public Path layoutFile(Perspective perspective) {
        return root.resolve(".unitscope").resolve("layouts").resolve(perspective.id() + ".xml");
    }

    public Path runFile(String runName) {
        return runs().resolve(slug(runName) + ".json");
    }

    public Path resultsOf(String runName) {
        return results().resolve(slug(runName));
    }

    /**
     * A folder for a new run's results: {@code results/NAME/}, or {@code NAME-2}, {@code NAME-3}, ... when earlier runs of
     * the same name have their results there or will have (queued runs' folders, {@code reserved}): running again keeps
     * what the earlier run wrote.
     */
    public Path newResultsFolder(String runName, java.util.Collection<Path> reserved) {
        Path p = resultsOf(runName);
        for (int i = 2; Files.exists(p) || reserved.contains(p); i++) {
            p = results().resolve(slug(runName) + "-" + i);
        }
        return p;
    }

    /**
     * Result folders that hold a units table, by name; a cluster run's runs one level down too, as {@code NAME/RUN}
     * (a survey's runs, a sharded run's {@code NAME/run}).
     */
    public List<String> finishedRuns() throws IOException {
        if (!Files.isDirectory(results())) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(results(), 2)) {
            return s.filter(p -> !p.equals(results()) && Files.isRegularFile(p.resolve("units.csv")))
                    .map(p -> results().relativize(p).toString().replace(java.io.File.separatorChar, '/'))
                    .filter(n -> !n.startsWith(".") && !n.contains("/.")).sorted().toList();
        }
    }

    /** Run descriptions saved in the workspace, by file name without ".json". */
    public List<String> savedRuns() throws IOException {
        try (Stream<Path> s = Files.list(runs())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }

    /** A file and folder name for a run name: lower case, letters, digits, '.', '_' and '-'. */
    public static String slug(String runName) {
        String s = runName.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return s.isEmpty() ? "run" : s;
    }
}
