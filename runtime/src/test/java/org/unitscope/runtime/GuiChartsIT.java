package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Frame;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.JButtonFixture;
import org.assertj.swing.fixture.JTreeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.unitscope.launcher.Workbench;
import org.unitscope.math.io.NpzReader;

/**
 * The results browser's charts on the real framework and an Xvfb display, each checked against the files of runs made
 * by the command line: a layer's summary histograms and fractions against units.csv; a unit's F1/F0 against units.csv,
 * its category bars against curves.npz with a thumbnail per top image,
 * its AWC axes against rf.npz and its predicted-vs-measured tuning against prediction.csv; the charts exported as SVG
 * and PDF and decoded; two runs compared with charts. Clicks go through AssertJ Swing's robot. Screenshots go to
 * target/gui-screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuiChartsIT {
    private static final int LAYER_TAB = 4;
    private static Workbench workbench;
    private static Function<String[], Integer> cli;
    private static Path workspace;
    private static Frame frame;
    private static Robot robot;

    @BeforeAll
    static void start() throws Exception {
        workspace = Files.createTempDirectory("unitscope-gui-charts").resolve("workspace");
        workbench = Dist.startWorkbench(Map.of());
        cli = workbench.commands(30_000);
        System.setProperty("unitscope.gui.recent", workspace.resolveSibling("recent-workspaces.json").toString());
        run("charts-a", "{\"name\": \"charts a\", \"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"gratings\", \"phaseCount\": 4},"
                + " \"metrics\": [\"orientation\", \"spatial-frequency\", \"phase-modulation\"]}");
        run("charts-b", "{\"name\": \"charts b\", \"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"gratings\", \"phaseCount\": 4,"
                + " \"orientationCount\": 6, \"sfCount\": 4}, \"metrics\": [\"orientation\", \"spatial-frequency\", \"phase-modulation\"]}");
        run("charts-rf", "{\"name\": \"charts rf\", \"model\": {\"id\": \"synthetic-v1\", \"size\": 31}, \"layers\": [\"simple\"],"
                + " \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 3000}, \"metrics\": [],"
                + " \"estimators\": [{\"id\": \"awa\", \"shuffles\": 19}, {\"id\": \"awc\", \"shuffles\": 19, \"alpha\": 0.1}],"
                + " \"receptiveField\": {\"grid\": 8}, \"prediction\": {\"id\": \"gratings\", \"orientationCount\": 12, \"sfCount\": 6,"
                + " \"phaseCount\": 4}, \"seed\": 3}");
        Path images = stripes(workspace.resolveSibling("images"));
        run("charts-cat", "{\"name\": \"charts cat\", \"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"image-folder\", \"root\": \""
                + images + "\"}, \"metrics\": [\"category\"]}");
        CompletableFuture.supplyAsync(() -> cli.apply(new String[] {"gui", workspace.toString()}));
        assertThat(Dist.waitFor(() -> Windows.frame("workbench").isPresent(), 60_000)).as("the workbench window opens").isTrue();
        frame = Windows.frame("workbench").orElseThrow();
        Windows.edt(() -> frame.setBounds(0, 0, 1400, 900));
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
    }

    @AfterAll
    static void stop() {
        if (robot != null) {
            robot.cleanUpWithoutDisposingWindows();
        }
        Windows.frame("workbench").ifPresent(f -> Windows.edt(f::dispose));
        workbench.close();
    }

    /** Three categories of 4 striped 48 x 48 images (vertical, horizontal, diagonal stripes; 8 px period, shifted). */
    private static Path stripes(Path root) throws Exception {
        String[] names = {"diagonal", "horizontal", "vertical"};
        for (int c = 0; c < 3; c++) {
            Files.createDirectories(root.resolve(names[c]));
            for (int i = 0; i < 4; i++) {
                java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(48, 48, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
                for (int y = 0; y < 48; y++) {
                    for (int x = 0; x < 48; x++) {
                        int along = c == 0 ? x + y : c == 1 ? y : x;
                        img.getRaster().setSample(x, y, 0, (along + 2 * i) % 8 < 4 ? 230 : 30);
                    }
                }
                javax.imageio.ImageIO.write(img, "png", root.resolve(names[c] + "/" + names[c] + i + ".png").toFile());
            }
        }
        return root;
    }

    private static void run(String name, String json) throws Exception {
        Path config = Dist.writeConfig(workspace.resolveSibling("configs"), json);
        Dist.Result r = Dist.run(cli, "run", "--config", config.toString(), "--out", results(name).toString());
        assertThat(r.code()).as(name + ": " + r.err()).isZero();
    }

    private static Path results(String run) {
        return workspace.resolve("results").resolve(run);
    }

    private static ChartData chart(String name) {
        return Windows.onEdt(() -> new ChartData(Windows.find(frame, name, JComponent.class)));
    }

    /** Shows a run in the results browser and waits until its tree is there. */
    private static void browse(String run, int units) throws Exception {
        Windows.showView(frame, "units.results");
        Windows.edt(() -> Windows.find(frame, "results.refresh", AbstractButton.class).doClick(0));
        assertThat(Dist.waitFor(() -> Windows.onEdt(() -> {
            JComboBox<?> runs = Windows.find(frame, "results.run", JComboBox.class);
            return java.util.stream.IntStream.range(0, runs.getItemCount()).anyMatch(i -> run.equals(runs.getItemAt(i)));
        }), 10_000)).as(run + " is listed").isTrue();
        Windows.edt(() -> Windows.find(frame, "results.run", JComboBox.class).setSelectedItem(run));
        assertThat(Dist.waitFor(() -> Windows.onEdt(() -> run.equals(String.valueOf(Windows.find(frame, "results.tree", JTree.class)
                .getModel().getRoot())) && Windows.find(frame, "results.table", JTable.class).getRowCount() == units), 30_000))
                .as("%s with its %d units", run, units).isTrue();
    }

    private static void selectUnit(int row) throws Exception {
        Windows.edt(() -> {
            JTable t = Windows.find(frame, "results.table", JTable.class);
            t.setRowSelectionInterval(t.convertRowIndexToView(row), t.convertRowIndexToView(row));
        });
    }

    private static void chartTab(int index) {
        Windows.edt(() -> Windows.find(frame, "results.charts", JTabbedPane.class).setSelectedIndex(index));
    }

    @Test
    @Order(1)
    void aLayersSummaryHistogramsCountItsUnitsInUnitsCsv() throws Exception {
        browse("charts-a", 50);
        JTree tree = Windows.onEdt(() -> Windows.find(frame, "results.tree", JTree.class));
        assertThat(Windows.onEdt(() -> String.valueOf(tree.getModel().getChild(tree.getModel().getRoot(), 0))))
                .as("the network level, from the manifest's model id").isEqualTo("synthetic-v1");
        new JTreeFixture(robot, tree).clickPath("charts-a/synthetic-v1/complex (16 units)");
        assertThat(Dist.waitFor(() -> Windows.onEdt(() -> Windows.find(frame, "results.charts", JTabbedPane.class).getSelectedIndex())
                == LAYER_TAB, 5_000)).as("the layer's summary tab is shown").isTrue();
        List<Map<String, String>> complex = Dist.readCsv(results("charts-a").resolve("units.csv")).stream()
                .filter(r -> r.get("layer").equals("complex")).toList();
        assertThat(chart("results.layer.orientation").y(0)).as("15° bins of pref_ori_deg")
                .containsExactly(histogram(column(complex, "pref_ori_deg"), 0, 180, 12));
        assertThat(chart("results.layer.cv").y(0)).as("0.05 bins of circ_var").containsExactly(histogram(column(complex, "circ_var"), 0, 1, 20));
        double[] sf = chart("results.layer.sf").y(0);
        assertThat(java.util.Arrays.stream(sf).sum()).as("every pref_sf_cpp in a bin").isEqualTo(column(complex, "pref_sf_cpp").length);
        long tuned = complex.stream().filter(r -> r.get("ori_status").equals("tuned")).count();
        assertThat(chart("results.layer.fractions").value("fraction", "orientation-tuned")).isCloseTo((double) tuned / complex.size(), within(1e-12));
        long simpleLike = complex.stream().filter(r -> r.get("phase_class").equals("simple")).count();
        assertThat(chart("results.layer.fractions").value("fraction", "simple-like")).isCloseTo((double) simpleLike / complex.size(), within(1e-12));
        Windows.screenshot(frame, "8-layer-summary");
    }

    @Test
    @Order(2)
    void aUnitsPhaseChartShowsTheF1F0OfUnitsCsv() throws Exception {
        List<Map<String, String>> rows = Dist.readCsv(results("charts-a").resolve("units.csv"));
        int row = 3; // simple cell 3: phase-modulated
        selectUnit(row);
        chartTab(1);
        Map<String, String> unit = rows.get(row);
        String ratio = String.format(Locale.ROOT, "F1/F0 = %.2f", Double.parseDouble(unit.get("f1_f0")));
        assertThat(Dist.waitFor(() -> chart("results.phase").title().contains(ratio), 5_000)).as("title with " + ratio).isTrue();
        double[] points = chart("results.phase").y(0);
        assertThat(points).hasSize(4);
        assertThat(java.util.Arrays.stream(points).map(v -> Math.max(0, v)).average().orElseThrow()).as("F0 = the mean over phase")
                .isCloseTo(Double.parseDouble(unit.get("f0")), within(1e-5 * Math.max(1, Double.parseDouble(unit.get("f0")))));
        assertThat(chart("results.categories").title()).contains("no categories in this run");
        Windows.screenshot(frame, "9a-unit-phase");
    }

    @Test
    @Order(3)
    void aUnitsCategoryBarsAreItsMeansInCurvesNpzWithItsTopImages() throws Exception {
        browse("charts-cat", 50);
        List<Map<String, String>> rows = Dist.readCsv(results("charts-cat").resolve("units.csv"));
        int row = 16; // complex cell 0: responds to stripes of its orientation
        selectUnit(row);
        chartTab(1);
        double[] means = NpzReader.read(results("charts-cat").resolve("curves.npz")).get("complex.category_means").row(0);
        assertThat(Dist.waitFor(() -> chart("results.categories").title().startsWith("complex unit 0: categories"), 5_000)).isTrue();
        ChartData bars = chart("results.categories");
        List<String> names = List.of("diagonal", "horizontal", "vertical");
        for (int c = 0; c < 3; c++) {
            assertThat(bars.value("mean", names.get(c))).as(names.get(c)).isEqualTo(means[c]);
        }
        String[] top = rows.get(row).get("cat_top_images").split(";");
        assertThat(top.length).as("units.csv lists top images").isPositive();
        assertThat(Windows.onEdt(() -> Windows.find(frame, "results.topImages.thumbnails", JComponent.class).getComponentCount()))
                .as("a thumbnail per top image file").isEqualTo(top.length);
        Windows.screenshot(frame, "9c-categories");
    }

    @Test
    @Order(4)
    void aUnitsAwcAxesAndPredictionAreThoseOfRfNpzAndPredictionCsv() throws Exception {
        browse("charts-rf", 16);
        Map<String, NpzReader.Array> rf = NpzReader.read(results("charts-rf").resolve("rf.npz"));
        int unit = mostAxes(rf.get("simple.awc.axes"));
        double[] counts = rf.get("simple.awc.axes").row(unit); // excitatory, suppressive
        assertThat(counts[0] + counts[1]).as("unit %d has an accepted axis", unit).isPositive();
        selectUnit(unit);
        chartTab(2);
        assertThat(Dist.waitFor(() -> chart("results.awcAxes").seriesCount() == (int) (counts[0] + counts[1]), 5_000)).isTrue();
        String kind = counts[0] > 0 ? "excitatory" : "suppressive";
        NpzReader.Array maps = rf.get("simple.awc." + kind);
        int pixels = maps.shape()[2] * maps.shape()[3];
        double[] first = java.util.Arrays.copyOfRange(maps.data(), unit * maps.shape()[1] * pixels, (unit * maps.shape()[1] + 1) * pixels);
        ChartData axes = chart("results.awcAxes");
        assertThat(axes.key(0)).startsWith(counts[0] > 0 ? "E1" : "S1");
        assertThat(axes.z(0)).as("the first accepted axis, pixel by pixel").containsExactly(first);
        Windows.screenshot(frame, "9-unit-charts");
        chartTab(3);
        Map<String, String> predicted = Dist.readCsv(results("charts-rf").resolve("prediction.csv")).stream()
                .filter(r -> r.get("unit").equals(String.valueOf(unit)) && r.get("estimator").equals("awc")).findFirst().orElseThrow();
        ChartData ori = chart("results.predictedOrientation");
        int mine = ori.series("awc: this unit");
        assertThat(mine).as("the unit's own point").isNotNegative();
        assertThat(ori.x(mine)).containsExactly(Double.parseDouble(predicted.get("measured_orientation")));
        assertThat(ori.y(mine)).containsExactly(Double.parseDouble(predicted.get("predicted_orientation")));
        ChartData sf = chart("results.predictedSf");
        assertThat(sf.x(sf.series("awc: this unit"))).containsExactly(Double.parseDouble(predicted.get("measured_sf")));
        Windows.screenshot(frame, "9b-prediction");
    }

    @Test
    @Order(5)
    void theShownChartsExportAsSvgAndPdfThatDecode() throws Exception {
        chartTab(2);
        robot.waitForIdle();
        new JButtonFixture(robot, Windows.onEdt(() -> Windows.find(frame, "results.export", javax.swing.JButton.class))).click();
        Path gui = results("charts-rf").resolve("gui");
        String title = chart("results.awcAxes").title();
        assertThat(title).contains("AWC axes (E = excitatory, S = suppressive)");
        String base = title.replaceAll("[^A-Za-z0-9._-]+", "_");
        assertThat(Dist.waitFor(() -> Files.isRegularFile(gui.resolve(base + ".pdf")), 10_000)).as("exported into " + gui).isTrue();
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document svg = xml.newDocumentBuilder().parse(gui.resolve(base + ".svg").toFile());
        assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getTextContent()).contains(title);
        byte[] pdf = Files.readAllBytes(gui.resolve(base + ".pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(2_000);
        assertThat(javax.imageio.ImageIO.read(gui.resolve(base + ".png").toFile())).isNotNull();
        exportsFromThePopupMenu(title);
    }

    /** Right click on the AWC axes chart, "Export as PDF...", a file named in the chooser: a PDF of that chart. */
    private static void exportsFromThePopupMenu(String title) throws Exception {
        javax.swing.JPanel panel = Windows.onEdt(() -> Windows.find(frame, "results.awcAxes", javax.swing.JPanel.class));
        new org.assertj.swing.fixture.JPanelFixture(robot, panel).showPopupMenu().menuItem("results.awcAxes.export.pdf").click();
        org.assertj.swing.fixture.JFileChooserFixture chooser = org.assertj.swing.finder.JFileChooserFinder
                .findFileChooser("chart.export.chooser").withTimeout(10_000).using(robot);
        Path target = workspace.resolveSibling("popup export").resolve("axes.pdf");
        Files.createDirectories(target.getParent());
        chooser.fileNameTextBox().setText(target.toString());
        chooser.approve();
        assertThat(Dist.waitFor(() -> Files.isRegularFile(target), 10_000)).as("written to " + target).isTrue();
        String pdf = new String(Files.readAllBytes(target), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-").contains("%%EOF");
        assertThat(pdf).as("the document is titled with the chart").contains(title.substring(0, 20));
    }

    @Test
    @Order(6)
    void twoRunsAreComparedWithCharts() throws Exception {
        Windows.showView(frame, "units.compare");
        Windows.edt(() -> {
            Windows.find(frame, "compare.a", JComboBox.class).setSelectedItem("charts-a");
            Windows.find(frame, "compare.b", JComboBox.class).setSelectedItem("charts-b");
        });
        new JButtonFixture(robot, Windows.onEdt(() -> Windows.find(frame, "compare.go", javax.swing.JButton.class))).click();
        assertThat(Dist.waitFor(() -> Windows.onEdt(() -> Windows.find(frame, "compare.table", JTable.class).getRowCount()) == 4
                && chart("compare.fractions").title().contains("tuned"), 30_000)).as("four layers, with charts").isTrue();
        for (String run : List.of("charts-a", "charts-b")) {
            List<Map<String, String>> rows = Dist.readCsv(results(run).resolve("units.csv"));
            for (String layer : List.of("simple", "complex", "plaid", "dog")) {
                List<Map<String, String>> l = rows.stream().filter(r -> r.get("layer").equals(layer)).toList();
                double tuned = (double) l.stream().filter(r -> r.get("ori_status").equals("tuned")).count() / l.size();
                String series = (run.equals("charts-a") ? "A: " : "B: ") + run;
                assertThat(chart("compare.fractions").value(series, layer)).as(series + ", " + layer).isCloseTo(tuned, within(1e-12));
            }
        }
        ChartData cv = chart("compare.distribution");
        List<Map<String, String>> simpleB = Dist.readCsv(results("charts-b").resolve("units.csv")).stream()
                .filter(r -> r.get("layer").equals("simple")).toList();
        assertThat(cv.y(1)).as("B's circ_var in the first layer").containsExactly(histogram(column(simpleB, "circ_var"), 0, 1, 20));
        Windows.screenshot(frame, "10-compare-charts");
    }

    /** The unit with the most accepted AWC axes (excitatory + suppressive), the first of equals. */
    private static int mostAxes(NpzReader.Array axes) {
        int best = 0;
        for (int u = 1; u < axes.shape()[0]; u++) {
            best = axes.row(u)[0] + axes.row(u)[1] > axes.row(best)[0] + axes.row(best)[1] ? u : best;
        }
        return best;
    }

    private static double[] column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).filter(v -> v != null && !v.isEmpty()).mapToDouble(Double::parseDouble).toArray();
    }

    /** Counts in equal bins [lo + i w, lo + (i+1) w), the last closed: the test's own binning. */
    private static double[] histogram(double[] values, double lo, double hi, int bins) {
        double[] out = new double[bins];
        for (double v : values) {
            int b = (int) Math.floor((v - lo) / (hi - lo) * bins);
            if (v >= lo && v <= hi) {
                out[Math.min(b, bins - 1)]++;
            }
        }
        return out;
    }
}
