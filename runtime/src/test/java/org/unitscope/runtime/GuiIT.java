package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Frame;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JTree;
import javax.swing.AbstractButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.unitscope.launcher.Workbench;

/**
 * The workbench GUI on the real framework and a real (Xvfb) display, driven through its windows: a run built in the
 * generated form (validation messages equal to the command line's), saved, run and watched to the end with every
 * event-thread task timed; the saved JSON rerun by the command line gives the same units.csv; a unit browsed and its
 * curve checked against units.csv; the example plugin hot-plugged into the editor and removed; the workspace closed
 * and reopened with its session. Screenshots go to target/gui-screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuiIT {
    private static final String RUN = "gui smoke";
    private static Workbench workbench;
    private static Function<String[], Integer> cli;
    private static Path plugins;
    private static Path workspace;
    private static Windows.TimedEventQueue events;
    private static CompletableFuture<Integer> session;
    private static long started;
    private static Path recent;

    @BeforeAll
    static void start() throws Exception {
        started = System.nanoTime();
        plugins = Files.createTempDirectory("unitscope-gui-plugins");
        workspace = Files.createTempDirectory("unitscope-gui-ws").resolve("workspace");
        workbench = Dist.startWorkbench(Map.of("felix.fileinstall.dir", plugins.toString(), "felix.fileinstall.poll", "250"));
        cli = workbench.commands(30_000);
        events = Windows.TimedEventQueue.install();
        recent = workspace.resolveSibling("recent-workspaces.json");
        System.setProperty("unitscope.gui.recent", recent.toString());
    }

    @AfterAll
    static void stop() {
        Windows.frame("workbench").ifPresent(f -> Windows.edt(f::dispose));
        workbench.close();
    }

    /** bin/unitscope gui WORKSPACE, as the launcher calls it: returns when the window closes. */
    private static Frame open() throws Exception {
        long t0 = System.nanoTime();
        session = CompletableFuture.supplyAsync(() -> cli.apply(new String[] {"gui", workspace.toString()}));
        assertThat(Dist.waitFor(() -> Windows.frame("workbench").isPresent(), 60_000)).as("the workbench window opens").isTrue();
        Frame f = Windows.frame("workbench").orElseThrow();
        System.out.printf("GuiIT: window open %.2f s after the gui command (%.2f s after the framework start)%n",
                (System.nanoTime() - t0) / 1e9, (System.nanoTime() - started) / 1e9);
        return f;
    }

    private static void close(Frame f) throws Exception {
        Windows.edt(f::dispose);
        assertThat(session.get(30, TimeUnit.SECONDS)).isZero();
    }

    private static void click(Frame f, String name) {
        // doClick(0): the default press time (68 ms) would be spent asleep on the event thread
        Windows.edt(() -> Windows.find(f, name, AbstractButton.class).doClick(0));
    }

    private static void type(Frame f, String name, String text) {
        Windows.edt(() -> Windows.find(f, name, JTextField.class).setText(text));
    }

    private static <T> T read(Frame f, String name, Class<? extends JComponent> type, Function<JComponent, T> what) {
        return Windows.onEdt(() -> what.apply(Windows.find(f, name, type)));
    }

    @Test
    @Order(1)
    void aRunBuiltInTheGeneratedFormRunsWithoutFreezingTheWindow() throws Exception {
        Frame f = open();
        assertThat(Dist.waitFor(() -> Windows.has(f, "chooser.model.synthetic-v1", JCheckBox.class), 30_000)).isTrue();
        for (String box : List.of("chooser.model.synthetic-v1", "chooser.stimulus.gratings", "chooser.metric.orientation",
                "chooser.metric.spatial-frequency")) {
            click(f, box);
        }
        type(f, "editor.name", RUN);
        type(f, "form.stimulus.gratings.phaseCount", "0");
        String shown = GuiIT.<String>read(f, "form.stimulus.gratings.phaseCount.error", JLabel.class, c -> ((JLabel) c).getText());
        assertThat(shown).isEqualTo("parameter 'phaseCount' of 'gratings' is 0; allowed: >= 1");
        Windows.screenshot(f, "0-run-editor-validation");
        Path bad = Dist.writeConfig(workspace.resolveSibling("cli"), "{\"name\": \"bad\", \"model\": \"synthetic-v1\","
                + " \"stimulus\": {\"id\": \"gratings\", \"phaseCount\": 0}, \"metrics\": [\"orientation\"]}");
        Dist.Result cliSays = Dist.run(cli, "run", "--config", bad.toString(), "--out", workspace.resolveSibling("bad").toString());
        assertThat(cliSays.err()).as("the form shows the command line's message").contains("error: " + shown);
        assertThat(GuiIT.<Boolean>read(f, "editor.run", AbstractButton.class, JComponent::isEnabled)).isFalse();
        assertThat(GuiIT.<String>read(f, "editor.problems", JComponent.class, c -> ((javax.swing.JTextArea) c).getText())).contains(shown);
        type(f, "form.stimulus.gratings.phaseCount", "4");
        assertThat(GuiIT.<Boolean>read(f, "form.stimulus.gratings.phaseCount.error", JLabel.class, JComponent::isVisible)).isFalse();
        Windows.screenshot(f, "1-run-editor");
        click(f, "editor.save");
        Path saved = workspace.resolve("runs/gui-smoke.json");
        assertThat(saved).exists();

        events.reset();
        click(f, "editor.run");
        assertThat(Dist.waitFor(() -> "complete".equals(GuiIT.<String>read(f, "progress.table", JTable.class,
                c -> ((JTable) c).getRowCount() == 0 ? "" : String.valueOf(((JTable) c).getValueAt(0, 2)))), 120_000)).isTrue();
        assertThat(Dist.waitFor(() -> GuiIT.<String>read(f, "status", JLabel.class, c -> ((JLabel) c).getText()).contains("complete: "),
                5_000)).as("the window took the run's results into the browser").isTrue();
        System.out.printf("GuiIT: longest event-thread task during the run: %.1f ms of %d events (%s)%n",
                events.longestMillis(), events.events(), events.longestEvent());
        assertThat(events.longestMillis()).as("longest event-thread task: " + events.longestEvent()).isLessThan(100);
        Windows.showView(f, "units.results"); // not in the Runs perspective: docked beside the editor (a user's choice, not timed)
        assertThat(Dist.waitFor(() -> GuiIT.<Integer>read(f, "results.table", JTable.class, c -> ((JTable) c).getRowCount()) > 0, 30_000)).isTrue();
        Windows.showView(f, "runs.progress");
        assertThat(Dist.waitFor(() -> GuiIT.<String>read(f, "progress.log", JComponent.class, c -> ((javax.swing.JTextArea) c).getText())
                .contains("results: "), 5_000)).as("the log ends with where the results are").isTrue();
        Windows.screenshot(f, "2-progress");

        cancelsAQueuedAndARunningRun(f);

        Dist.Result again = Dist.run(cli, "run", "--config", saved.toString(), "--out", workspace.resolve("results/cli-run").toString());
        assertThat(again.code()).as("bin/unitscope run reads the saved description").isZero();
        assertThat(Files.readString(workspace.resolve("results/cli-run/units.csv")))
                .isEqualTo(Files.readString(workspace.resolve("results/gui-smoke/units.csv")));
    }

    /** Run again (a bigger run) twice: the second, queued, is dropped; the first stops after its batch, marked incomplete. */
    private static void cancelsAQueuedAndARunningRun(Frame f) throws Exception {
        Windows.showView(f, "runs.editor");
        type(f, "form.stimulus.gratings.phaseCount", "96");
        type(f, "editor.batch", "16");
        click(f, "editor.run");
        click(f, "editor.run");
        selectJob(f, 2);
        click(f, "progress.cancel");
        assertThat(Dist.waitFor(() -> "cancelled".equals(jobStatus(f, 2)), 5_000)).isTrue();
        assertThat(Dist.waitFor(() -> "running".equals(jobStatus(f, 1)) && GuiIT.<String>read(f, "progress.table", JTable.class,
                c -> String.valueOf(((JTable) c).getValueAt(1, 4))).matches("[1-9][0-9]* / .*"), 60_000)).as("run 2 is probing").isTrue();
        selectJob(f, 1);
        click(f, "progress.cancel");
        assertThat(Dist.waitFor(() -> "incomplete".equals(jobStatus(f, 1)), 20_000)).as("stopped after its batch of 16").isTrue();
        assertThat(Files.readString(workspace.resolve("results/gui-smoke-2/manifest.json"))).contains("\"incomplete\"");
        assertThat(workspace.resolve("results/gui-smoke-3")).doesNotExist();
        Thread.sleep(600); // the detail panel follows at the view's next tick (250 ms)
        Windows.screenshot(f, "2b-cancelled");
        type(f, "form.stimulus.gratings.phaseCount", "4");
        type(f, "editor.batch", "auto");
        click(f, "editor.save");
    }

    private static void selectJob(Frame f, int row) {
        Windows.edt(() -> Windows.find(f, "progress.table", JTable.class).setRowSelectionInterval(row, row));
    }

    private static String jobStatus(Frame f, int row) {
        return GuiIT.<String>read(f, "progress.table", JTable.class, c -> ((JTable) c).getRowCount() <= row ? ""
                : String.valueOf(((JTable) c).getValueAt(row, 2)));
    }

    @Test
    @Order(2)
    void aUnitIsBrowsedAndItsCurveIsTheOneOfUnitsCsv() throws Exception {
        Frame f = Windows.frame("workbench").orElseThrow();
        Windows.showView(f, "units.results");
        Windows.edt(() -> Windows.find(f, "results.run", javax.swing.JComboBox.class).setSelectedItem("gui-smoke"));
        assertThat(Dist.waitFor(() -> GuiIT.<Integer>read(f, "results.table", JTable.class, c -> ((JTable) c).getRowCount()) == 50
                && "gui-smoke".equals(Windows.onEdt(() -> String.valueOf(Windows.find(f, "results.tree", JTree.class).getModel().getRoot()))),
                30_000)).as("the 50 units of the synthetic network, from the run chosen").isTrue();
        List<Map<String, String>> rows = Dist.readCsv(workspace.resolve("results/gui-smoke/units.csv"));
        long expected = rows.stream().filter(r -> r.get("layer").equals("complex") && !r.get("circ_var").isEmpty()
                && Double.parseDouble(r.get("circ_var")) < 0.3).count();
        assertThat(expected).isPositive();
        type(f, "results.filter", "circ_var < 0.3 and layer = complex");
        assertThat(Dist.waitFor(() -> GuiIT.<Integer>read(f, "results.table", JTable.class, c -> ((JTable) c).getRowCount()) == expected,
                5_000)).as("%d units pass the filter", expected).isTrue();
        Windows.edt(() -> Windows.find(f, "results.table", JTable.class).setRowSelectionInterval(1, 1));
        int row = Windows.onEdt(() -> Windows.find(f, "results.table", JTable.class).convertRowIndexToModel(1));
        Map<String, String> unit = rows.get(row);
        double[] curve = Windows.onEdt(() -> chartY(Windows.find(f, "results.orientation", JComponent.class)));
        assertThat(curve).hasSize(2 * 12);
        double max = java.util.Arrays.stream(curve).max().orElseThrow();
        assertThat(max).as("the polar curve's peak is the unit's peak_response").isCloseTo(Double.parseDouble(unit.get("peak_response")),
                org.assertj.core.data.Offset.offset(1e-5 * Math.max(1, Math.abs(max))));
        assertThat(Windows.onEdt(() -> String.valueOf(Windows.find(f, "results.tree", JTree.class).getSelectionPath())))
                .contains("complex").contains("unit " + unit.get("channel"));
        Windows.screenshot(f, "3-results");
    }

    @Test
    @Order(3)
    void twoRunsAreComparedLayerByLayer() throws Exception {
        Frame f = Windows.frame("workbench").orElseThrow();
        Windows.showView(f, "units.compare");
        Windows.edt(() -> {
            Windows.find(f, "compare.a", javax.swing.JComboBox.class).setSelectedItem("gui-smoke");
            Windows.find(f, "compare.b", javax.swing.JComboBox.class).setSelectedItem("cli-run");
        });
        click(f, "compare.go");
        assertThat(Dist.waitFor(() -> GuiIT.<Integer>read(f, "compare.table", JTable.class, c -> ((JTable) c).getRowCount()) == 4, 30_000))
                .as("the four layers of the synthetic network").isTrue();
        double[] cv = Dist.readCsv(workspace.resolve("results/gui-smoke/units.csv")).stream()
                .filter(r -> r.get("layer").equals("complex") && !r.get("circ_var").isEmpty())
                .mapToDouble(r -> Double.parseDouble(r.get("circ_var"))).sorted().toArray();
        double median = (cv[cv.length / 2 - 1] + cv[cv.length / 2]) / 2;
        List<String> complex = Windows.onEdt(() -> {
            JTable t = Windows.find(f, "compare.table", JTable.class);
            List<String> row = new java.util.ArrayList<>();
            for (int c = 0; c < t.getColumnCount(); c++) {
                row.add(String.valueOf(t.getValueAt(1, c)));
            }
            return row;
        });
        String shown = String.format(java.util.Locale.ROOT, "%.4g", median);
        assertThat(complex).as("layer, units A/B, median circ_var A/B, tuned A/B").containsExactly("complex", "16 of 16", "16 of 16",
                shown, shown, "100%", "100%");
        Windows.screenshot(f, "5-compare");
    }

    @Test
    @Order(4)
    void aDroppedPluginsFormAppearsAndGoesWithoutRestart() throws Exception {
        Frame f = Windows.frame("workbench").orElseThrow();
        Windows.showView(f, "runs.editor");
        Path jar = plugins.resolve("bars.jar");
        Files.copy(Dist.exampleJar(), jar, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Dist.waitFor(() -> Windows.has(f, "chooser.stimulus.bars", JCheckBox.class), 20_000)).isTrue();
        click(f, "chooser.stimulus.bars");
        assertThat(Windows.has(f, "form.stimulus.bars", JComponent.class)).isTrue();
        assertThat(Windows.has(f, "form.stimulus.gratings", JComponent.class)).as("one stimulus set per run").isFalse();
        Windows.screenshot(f, "4-hot-plugged");
        Files.delete(jar);
        assertThat(Dist.waitFor(() -> !Windows.has(f, "chooser.stimulus.bars", JCheckBox.class), 20_000)).isTrue();
        assertThat(Windows.has(f, "form.stimulus.bars", JComponent.class)).isFalse();
    }

    @Test
    @Order(5)
    void reopeningTheWorkspaceRestoresTheSession() throws Exception {
        Frame f = Windows.frame("workbench").orElseThrow();
        Windows.showView(f, "units.results");
        int row = Windows.onEdt(() -> {
            JTable t = Windows.find(f, "results.table", JTable.class);
            return t.convertRowIndexToModel(t.getSelectedRow());
        });
        Windows.edt(f::dispose);
        assertThat(session.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(workspace.resolve(".unitscope/session.json")).exists();
        Path other = workspace.resolveSibling("other workspace");
        Files.writeString(recent, "[\"" + other + "\", \"" + workspace + "\"]");
        Frame g = open();
        assertThat(Windows.showing(g, "view.results")).as("the results view is in front again").isTrue();
        assertThat(Dist.waitFor(() -> Windows.onEdt(() -> {
            JTable t = Windows.find(g, "results.table", JTable.class);
            return t.getSelectedRow() >= 0 && t.convertRowIndexToModel(t.getSelectedRow()) == row;
        }), 30_000)).as("the unit selected before is selected again").isTrue();
        assertThat(Windows.onEdt(() -> String.valueOf(Windows.find(g, "results.tree", JTree.class).getModel().getRoot())))
                .as("the run shown is the run selected").isEqualTo("gui-smoke");
        assertThat(GuiIT.<String>read(g, "results.filter", JTextField.class, c -> ((JTextField) c).getText())).isEqualTo("circ_var < 0.3 and layer = complex");
        assertThat(GuiIT.<String>read(g, "editor.name", JTextField.class, c -> ((JTextField) c).getText())).isEqualTo(RUN);
        assertThat(GuiIT.<String>read(g, "form.stimulus.gratings.phaseCount", JTextField.class, c -> ((JTextField) c).getText())).isEqualTo("4");
        Windows.screenshot(g, "6-reopened");
        javax.swing.JMenuItem switchTo = Windows.onEdt(() -> {
            javax.swing.JMenu workspaces = Windows.find(g, "menu.workspace", javax.swing.JMenu.class);
            javax.swing.JMenu menu = (javax.swing.JMenu) java.util.Arrays.stream(workspaces.getMenuComponents())
                    .filter(c -> "menu.recent".equals(c.getName())).findFirst().orElseThrow();
            assertThat(menu.getItemCount()).isEqualTo(2);
            assertThat(menu.getItem(0).getText()).as("this workspace first").isEqualTo(workspace.toString());
            return menu.getItem(1);
        });
        Windows.edt(() -> switchTo.doClick(0));
        assertThat(Dist.waitFor(() -> Windows.frame("workbench").filter(h -> h != g).isPresent(), 30_000))
                .as("a window on the other workspace").isTrue();
        Frame h = Windows.frame("workbench").orElseThrow();
        assertThat(Windows.onEdt(h::getTitle)).endsWith(other.toString());
        assertThat(other.resolve("runs")).isDirectory();
        close(h);
        assertThat(Files.readString(recent)).startsWith("[\"" + other);
    }

    @Test
    @Order(6)
    void aUnitsReceptiveFieldIsDrawnFromItsRunsRfNpz() throws Exception {
        Path config = workspace.resolve("runs/rf-small.json");
        Files.writeString(config, """
                {"name": "rf small", "model": {"id": "synthetic-v1", "size": 31}, "layers": ["complex"],
                 "readout": "centre", "stimulus": {"id": "noise", "type": "gaussian", "count": 3000}, "metrics": [],
                 "estimators": [{"id": "awa", "shuffles": 19}, {"id": "awc", "shuffles": 19, "alpha": 0.1}],
                 "receptiveField": {"grid": 8, "channels": "mean"}, "seed": 3}
                """);
        Path out = workspace.resolve("results/rf-small");
        Dist.Result run = Dist.run(cli, "run", "--config", config.toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Frame f = open();
        // the window first restores the session (the run and unit browsed before), then we choose the RF run
        assertThat(Dist.waitFor(() -> Windows.onEdt(() -> Windows.find(f, "results.table", JTable.class).getSelectedRow() >= 0),
                30_000)).as("the session's unit is restored").isTrue();
        Windows.showView(f, "units.results");
        click(f, "results.refresh");
        assertThat(Dist.waitFor(() -> Windows.onEdt(() -> {
            javax.swing.JComboBox<?> runs = Windows.find(f, "results.run", javax.swing.JComboBox.class);
            return java.util.stream.IntStream.range(0, runs.getItemCount()).anyMatch(i -> "rf-small".equals(runs.getItemAt(i)));
        }), 10_000)).as("the RF run is listed").isTrue();
        Windows.edt(() -> {
            Windows.find(f, "results.filter", JTextField.class).setText("");
            Windows.find(f, "results.run", javax.swing.JComboBox.class).setSelectedItem("rf-small");
        });
        assertThat(Dist.waitFor(() -> GuiIT.<Integer>read(f, "results.table", JTable.class, c -> ((JTable) c).getRowCount()) == 16
                && "rf-small".equals(Windows.onEdt(() -> String.valueOf(Windows.find(f, "results.tree", JTree.class).getModel().getRoot()))),
                30_000)).as("the 16 complex cells of the RF run; shown: %s", (Object) Windows.onEdt(() -> Windows.find(f, "results.table",
                        JTable.class).getRowCount() + " rows of " + Windows.find(f, "results.tree", JTree.class).getModel().getRoot()
                        + ", selected " + Windows.find(f, "results.run", javax.swing.JComboBox.class).getSelectedItem() + ", message '"
                        + Windows.find(f, "results.filterError", JLabel.class).getText() + "'")).isTrue();
        Windows.edt(() -> {
            JTable t = Windows.find(f, "results.table", JTable.class);
            t.setRowSelectionInterval(t.convertRowIndexToView(5), t.convertRowIndexToView(5));
            Windows.find(f, "results.charts", JTabbedPane.class).setSelectedIndex(2);
        });
        Map<String, org.unitscope.math.io.NpzReader.Array> rf = org.unitscope.math.io.NpzReader.read(out.resolve("rf.npz"));
        double[] spectrum = rf.get("complex.awc.eigenvalues").row(5); // largest first
        assertThat(Dist.waitFor(() -> Windows.onEdt(() -> chartY(Windows.find(f, "results.spectrum", JComponent.class))).length
                == spectrum.length, 10_000)).as("unit 5's whole spectrum is drawn").isTrue();
        assertThat(Windows.onEdt(() -> chartY(Windows.find(f, "results.spectrum", JComponent.class)))).as("by rank, as rf.npz holds it")
                .containsExactly(spectrum);
        Windows.screenshot(f, "7-receptive-field");
        close(f);
    }

    /** The y values of a ChartPanel's first series (JFreeChart is private to the GUI bundle: read by reflection). */
    private static double[] chartY(JComponent chartPanel) {
        try {
            Object chart = call(chartPanel, "getChart");
            Object dataset = call(call(chart, "getPlot"), "getDataset");
            Method count = dataset.getClass().getMethod("getItemCount", int.class);
            Method y = dataset.getClass().getMethod("getYValue", int.class, int.class);
            int n = (int) count.invoke(dataset, 0);
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = (double) y.invoke(dataset, 0, i);
            }
            return out;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }
}
