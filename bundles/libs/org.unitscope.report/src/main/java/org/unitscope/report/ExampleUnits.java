package org.unitscope.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unitscope.math.io.NpzReader;
import org.unitscope.plot.BarCharts;
import org.jfree.chart.JFreeChart;
import org.unitscope.plot.MapTiles;
import org.unitscope.plot.PolarTuningChart;
import org.unitscope.plot.SpectrumChart;
import org.unitscope.plot.TuningCurveChart;

/**
 * One example unit per layer, chosen by {@link #RULE}, drawn from every part that measured it: its orientation and SF
 * curves (curves.npz), its mean response per category (curves.npz, names from summary.json), its AWA and accepted AWC
 * axes as maps and its AWC spectrum with the null interval (rf.npz).
 */
final class ExampleUnits {
    static final String RULE = "per layer, the orientation-tuned unit with the lowest circular variance (the lowest channel on a"
            + " tie); in a layer without tuned units, the unit with the highest peak response";

    private final FigureFiles files;

    ExampleUnits(FigureFiles files) {
        this.files = files;
    }

    void draw(StudyResults study) throws IOException {
        Optional<ResultsFolder> tuning = study.withMetric("orientation");
        if (tuning.isEmpty()) {
            return;
        }
        Map<String, NpzReader.Array> curves = npz(tuning.get(), "curves.npz");
        Optional<ResultsFolder> cat = study.withMetric("category");
        Map<String, NpzReader.Array> catCurves = cat.isPresent() ? npz(cat.get(), "curves.npz") : Map.of();
        Optional<ResultsFolder> rfRun = study.parts().stream().filter(p -> p.folder().resolve("rf.npz").toFile().isFile()).findFirst();
        Map<String, NpzReader.Array> rf = rfRun.isPresent() ? npz(rfRun.get(), "rf.npz") : Map.of();
        for (String layer : tuning.get().layers()) {
            int unit = choose(tuning.get().units(layer));
            if (unit >= 0) {
                curves(layer, unit, curves);
                categories(layer, unit, catCurves, cat.orElse(null));
                receptiveField(layer, unit, rf);
            }
        }
    }

    /** The example's channel in a layer's rows of units.csv, or -1 for a layer without units. */
    static int choose(List<Map<String, String>> units) {
        Comparator<Map<String, String>> byChannel = Comparator.comparingDouble(u -> LayerTables.number(u.get("channel")));
        Optional<Map<String, String>> tuned = units.stream().filter(u -> "tuned".equals(u.get("ori_status")))
                .min(Comparator.comparingDouble((Map<String, String> u) -> LayerTables.number(u.get("circ_var"))).thenComparing(byChannel));
        Optional<Map<String, String>> pick = tuned.isPresent() ? tuned : units.stream()
                .max(Comparator.comparingDouble((Map<String, String> u) -> orZero(u.get("peak_response"))).thenComparing(byChannel.reversed()));
        return pick.map(u -> (int) LayerTables.number(u.get("channel"))).orElse(-1);
    }

    private static double orZero(String cell) {
        double v = LayerTables.number(cell);
        return Double.isNaN(v) ? 0 : v;
    }

    private void curves(String layer, int unit, Map<String, NpzReader.Array> curves) throws IOException {
        curve(layer, unit, curves, "orientation_tuning", "orientation (°)", "orientation");
        curve(layer, unit, curves, "sf_tuning", "spatial frequency (cycles/px)", "SF");
    }

    private void curve(String layer, int unit, Map<String, NpzReader.Array> curves, String name, String xLabel, String what)
            throws IOException {
        NpzReader.Array y = curves.get(layer + "." + name);
        NpzReader.Array x = curves.get(layer + "." + name + ".axis");
        if (y == null || x == null || unit >= y.shape()[0]) {
            return;
        }
        String title = layer + " unit " + unit + ": " + what + " tuning";
        JFreeChart chart = name.startsWith("orientation") ? PolarTuningChart.chart(title, x.data(), y.row(unit))
                : new TuningCurveChart(title, xLabel, "response").addCurve("unit " + unit, x.data(), y.row(unit)).chart();
        files.add(new Figure("example-" + name + "-" + layer, "examples", layer, "unit " + unit + ": " + what
                + " tuning (phase-averaged, at the best other parameter" + (name.startsWith("orientation")
                        ? "; polar: each orientation also drawn at +180°)" : ")"), Map.of("x", x.data(), "y", y.row(unit))), chart);
    }

    private void categories(String layer, int unit, Map<String, NpzReader.Array> curves, ResultsFolder run) throws IOException {
        NpzReader.Array means = curves.get(layer + ".category_means");
        if (means == null || unit >= means.shape()[0] || run == null || run.summary() == null || !run.summary().has(layer)) {
            return;
        }
        List<String> names = new ArrayList<>(run.summary().getAsJsonObject(layer).getAsJsonObject("category")
                .getAsJsonObject("best_category_counts").keySet());
        double[] m = means.row(unit);
        if (names.size() != m.length) {
            return;
        }
        int best = 0;
        for (int c = 1; c < m.length; c++) {
            best = m[c] > m[best] ? c : best;
        }
        files.add(new Figure("example-categories-" + layer, "examples", layer, "unit " + unit + ": mean response per category",
                Map.of("categories", names, "means", m)), BarCharts.means(layer + " unit " + unit + ": categories", "mean response",
                names, m, new double[m.length], best));
        topImages(layer, unit, run);
    }

    private void topImages(String layer, int unit, ResultsFolder run) throws IOException {
        String cell = run.units(layer).stream().filter(u -> LayerTables.number(u.get("channel")) == unit).map(u -> u.get("cat_top_images"))
                .findFirst().orElse("");
        TopImages.Strip strip = TopImages.read(run, cell);
        if (!strip.shown().isEmpty()) {
            files.addImage(new Figure("example-top-" + layer, "examples", layer, "unit " + unit + ": the images it responded to most,"
                    + " highest first (" + String.join(", ", strip.shown()) + (strip.missing() > 0 ? "; " + strip.missing()
                    + " could not be read" : "") + ")", Map.of("images", strip.shown(), "missing", strip.missing())), strip.image());
        }
    }

    private void receptiveField(String layer, int unit, Map<String, NpzReader.Array> rf) throws IOException {
        List<MapTiles.Tile> tiles = new ArrayList<>();
        tile(tiles, rf.get(layer + ".awa.awa"), unit, 0, "AWA");
        NpzReader.Array ev = rf.get(layer + ".awc.excitatory_eigenvalues");
        NpzReader.Array sv = rf.get(layer + ".awc.suppressive_eigenvalues");
        for (int k = 0; ev != null && k < ev.shape()[1]; k++) {
            tile(tiles, Double.isNaN(ev.row(unit)[k]) ? null : rf.get(layer + ".awc.excitatory"), unit, k,
                    String.format(java.util.Locale.ROOT, "E%d (%.3g)", k + 1, ev.row(unit)[k]));
        }
        for (int k = 0; sv != null && k < sv.shape()[1]; k++) {
            tile(tiles, Double.isNaN(sv.row(unit)[k]) ? null : rf.get(layer + ".awc.suppressive"), unit, k,
                    String.format(java.util.Locale.ROOT, "S%d (%.3g)", k + 1, sv.row(unit)[k]));
        }
        NpzReader.Array shape = rf.containsKey(layer + ".awa.awa") ? rf.get(layer + ".awa.awa") : rf.get(layer + ".awc.excitatory");
        if (!tiles.isEmpty() && shape != null) {
            Map<String, Object> data = new LinkedHashMap<>();
            tiles.forEach(t -> data.put(t.label(), t.values()));
            files.add(new Figure("example-rf-" + layer, "examples", layer, "unit " + unit + ": AWA (channels averaged, scaled to unit"
                    + " norm) and the accepted AWC axes (E excitatory, S suppressive, eigenvalue in brackets), on one scale", data),
                    MapTiles.chart(layer + " unit " + unit + ": receptive field", tiles, shape.shape()[2], shape.shape()[3]));
        }
        spectrum(layer, unit, rf);
    }

    /** Slot {@code k} of a unit's maps (units x slots-or-channels x h x w), channels averaged for the AWA. */
    private static void tile(List<MapTiles.Tile> tiles, NpzReader.Array maps, int unit, int k, String label) {
        if (maps == null || unit >= maps.shape()[0]) {
            return;
        }
        int slots = maps.shape()[1];
        int pixels = maps.shape()[2] * maps.shape()[3];
        double[] row = Arrays.copyOfRange(maps.data(), unit * slots * pixels, (unit + 1) * slots * pixels);
        double[] map = new double[pixels];
        boolean awa = "AWA".equals(label);
        for (int s = awa ? 0 : k; s < (awa ? slots : k + 1); s++) {
            for (int p = 0; p < pixels; p++) {
                map[p] += row[s * pixels + p] / (awa ? slots : 1);
            }
        }
        if (awa) {
            double norm = Math.sqrt(Arrays.stream(map).map(v -> v * v).sum());
            for (int p = 0; norm > 0 && p < pixels; p++) {
                map[p] /= norm;
            }
        }
        tiles.add(new MapTiles.Tile(label, map));
    }

    private void spectrum(String layer, int unit, Map<String, NpzReader.Array> rf) throws IOException {
        NpzReader.Array eig = rf.get(layer + ".awc.eigenvalues");
        NpzReader.Array band = rf.get(layer + ".awc.null_interval");
        if (eig == null || unit >= eig.shape()[0]) {
            return;
        }
        double[] values = Arrays.stream(eig.row(unit)).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] nullBand = band == null ? new double[] {Double.NaN, Double.NaN} : band.row(unit);
        SpectrumChart chart = new SpectrumChart(layer + " unit " + unit + ": AWC eigenvalues and the null interval")
                .addUnit("unit " + unit, values, nullBand[0], nullBand[1]);
        files.add(new Figure("example-spectrum-" + layer, "examples", layer, "unit " + unit + ": AWC spectrum by rank; dashed: the"
                + " shuffle test's null interval", Map.of("eigenvalues", values, "null_interval", nullBand)), chart.chart());
    }

    private static Map<String, NpzReader.Array> npz(ResultsFolder run, String file) throws IOException {
        java.nio.file.Path p = run.folder().resolve(file);
        return p.toFile().isFile() ? NpzReader.read(p) : Map.of();
    }
}
