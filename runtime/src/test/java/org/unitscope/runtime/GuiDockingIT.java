package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Frame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.unitscope.launcher.Workbench;

/**
 * The workbench window's docking, driven with AssertJ Swing's robot (real mouse events on menus and buttons, on the
 * Xvfb display): the three perspectives, a rearranged layout saved with the workspace and restored when it reopens, the
 * example plugin's view coming with its jar and leaving a placeholder that its return replaces (also in a layout saved
 * while the plugin was gone), and plugins installed and removed from the Plugins view. Screenshots of each perspective go to target/gui-screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuiDockingIT {
    private static Workbench workbench;
    private static Function<String[], Integer> cli;
    private static Path plugins;
    private static Path workspace;
    private static CompletableFuture<Integer> session;
    private static Robot robot;
    private static FrameFixture window;

    @BeforeAll
    static void start() throws Exception {
        plugins = Files.createTempDirectory("unitscope-dock-plugins");
        workspace = Files.createTempDirectory("unitscope-dock-ws").resolve("workspace");
        workbench = Dist.startWorkbench(Map.of("felix.fileinstall.dir", plugins.toString(), "felix.fileinstall.poll", "250"));
        cli = workbench.commands(30_000);
        System.setProperty("unitscope.gui.recent", workspace.resolveSibling("recent-workspaces.json").toString());
        runInto("gratings", "{\"name\": \"gratings\", \"model\": \"synthetic-v1\", \"layers\": [\"simple\", \"complex\"],"
                + " \"stimulus\": {\"id\": \"gratings\", \"phaseCount\": 4}, \"metrics\": [\"orientation\", \"spatial-frequency\"], \"seed\": 1}");
        runInto("rf-small", "{\"name\": \"rf small\", \"model\": {\"id\": \"synthetic-v1\", \"size\": 31}, \"layers\": [\"complex\"],"
                + " \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 3000}, \"metrics\": [],"
                + " \"estimators\": [{\"id\": \"awa\", \"shuffles\": 19}, {\"id\": \"awc\", \"shuffles\": 19, \"alpha\": 0.1}],"
                + " \"receptiveField\": {\"grid\": 8, \"channels\": \"mean\"}, \"seed\": 3}");
        robot = BasicRobot.robotWithCurrentAwtHierarchyWithoutScreenLock();
        window = new FrameFixture(robot, open());
    }

    private static void runInto(String name, String json) throws Exception {
        Path config = Dist.writeConfig(workspace.resolveSibling("configs"), json);
        Dist.Result r = Dist.run(cli, "run", "--config", config.toString(), "--out", workspace.resolve("results").resolve(name).toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @AfterAll
    static void stop() {
        if (robot != null) {
            robot.cleanUpWithoutDisposingWindows();
        }
        Windows.frame("workbench").ifPresent(f -> Windows.edt(f::dispose));
        workbench.close();
    }

    private static Frame open() throws Exception {
        long t0 = System.nanoTime();
        Frame before = Windows.frame("workbench").orElse(null); // one an earlier test class left open is not ours
        session = CompletableFuture.supplyAsync(() -> cli.apply(new String[] {"gui", workspace.toString()}));
        assertThat(Dist.waitFor(() -> newFrame(before).isPresent(), 60_000))
                .as("the workbench window opens").isTrue();
        System.out.printf("GuiDockingIT: window open %.2f s after the gui command%n", (System.nanoTime() - t0) / 1e9);
        return newFrame(before).orElseThrow();
    }

    private static java.util.Optional<Frame> newFrame(Frame before) {
        return Windows.onEdt(() -> java.util.Arrays.stream(Frame.getFrames())
                .filter(f -> "workbench".equals(f.getName()) && f.isShowing() && f != before).findFirst());
    }

    private static Frame frame() {
        return window.target();
    }

    /** Chooses a perspective in the Perspective menu with the mouse; returns the milliseconds until its views show. */
    private static double perspective(String title, String... views) throws Exception {
        long t0 = System.nanoTime();
        window.menuItemWithPath("Perspective", title).click();
        assertThat(Dist.waitFor(() -> List.of(views).stream().allMatch(v -> Windows.showing(frame(), v)), 10_000))
                .as("%s shows %s", title, List.of(views)).isTrue();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String text(String name) {
        return Windows.onEdt(() -> {
            JComponent c = Windows.find(frame(), name, JComponent.class);
            return c instanceof JLabel l ? l.getText() : ((JTextComponent) c).getText();
        });
    }

    private static void browse(String run, int row) throws Exception {
        Windows.edt(() -> Windows.find(frame(), "results.run", JComboBox.class).setSelectedItem(run));
        assertThat(Dist.waitFor(() -> Windows.onEdt(() -> Windows.find(frame(), "results.table", JTable.class).getRowCount() > row
                && run.equals(String.valueOf(Windows.find(frame(), "results.tree", javax.swing.JTree.class).getModel().getRoot()))),
                30_000)).as("run %s in the browser", run).isTrue();
        Windows.edt(() -> Windows.find(frame(), "results.table", JTable.class).setRowSelectionInterval(row, row));
    }

    @Test
    @Order(1)
    void theThreePerspectivesShowTheirViews() throws Exception {
        assertThat(Windows.showing(frame(), "view.editor")).as("a new workspace opens on the Runs perspective").isTrue();
        Windows.screenshot(frame(), "perspective-runs");
        double units = perspective("Units", "view.results", "view.compare");
        assertThat(Windows.showing(frame(), "view.editor")).isFalse();
        assertThat(Windows.showing(frame(), "view.plugins")).isFalse();
        browse("gratings", 20);
        Windows.screenshot(frame(), "perspective-units");
        double rf = perspective("Receptive fields", "view.results", "view.progress");
        assertThat(Windows.showing(frame(), "view.compare")).isFalse();
        assertThat(Windows.onEdt(() -> {
            JTabbedPane charts = Windows.find(frame(), "results.charts", JTabbedPane.class);
            return charts.getTitleAt(charts.getSelectedIndex());
        })).as("the receptive-field charts in front").isEqualTo("receptive field");
        browse("rf-small", 5);
        assertThat(Dist.waitFor(() -> Windows.showing(frame(), "results.spectrum"), 10_000)).isTrue();
        Windows.screenshot(frame(), "perspective-receptive-fields");
        double runs = perspective("Runs", "view.editor", "view.progress", "view.plugins");
        assertThat(Windows.showing(frame(), "view.results")).isFalse();
        System.out.printf("GuiDockingIT: perspective switch (save the layout left, restore the one chosen) until shown: Units %.0f ms,"
                + " Receptive fields %.0f ms, Runs %.0f ms%n", units, rf, runs);
        assertThat(workspace.resolve(".unitscope/layouts/units.xml")).as("the layout left is saved").isRegularFile();
        StringBuilder timed = new StringBuilder();
        for (String id : List.of("units", "receptive-fields", "runs")) {
            long t0 = System.nanoTime();
            Windows.edt(() -> Windows.menuItem(frame(), "menu.perspective." + id).doClick(0)); // save the layout left, restore the next
            timed.append(String.format(java.util.Locale.ROOT, " %s %.0f ms", id, (System.nanoTime() - t0) / 1e6));
        }
        System.out.println("GuiDockingIT: perspective switch on the event thread (layout saved and restored):" + timed);
    }

    @Test
    @Order(2)
    void aRearrangedLayoutIsRestoredWhenTheWorkspaceReopens() throws Exception {
        perspective("Units", "view.results", "view.compare");
        window.menuItemWithPath("View", "Plugins").click();
        assertThat(Dist.waitFor(() -> Windows.showing(frame(), "view.plugins"), 10_000)).as("Plugins docked into Units").isTrue();
        perspective("Runs", "view.editor");
        perspective("Units", "view.plugins");
        assertThat(Windows.has(frame(), "view.editor", JComponent.class)).isFalse();
        long t0 = System.nanoTime();
        window.menuItemWithPath("Workspace", "Close").click();
        assertThat(session.get(30, TimeUnit.SECONDS)).isZero();
        System.out.printf("GuiDockingIT: window closed, session and layout saved, in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        assertThat(Files.readString(workspace.resolve(".unitscope/layouts/units.xml"))).contains("persistentID=\"plugins\"");
        assertThat(Files.readString(workspace.resolve(".unitscope/session.json"))).contains("\"perspective\": \"units\"");
        robot.cleanUpWithoutDisposingWindows();
        robot = BasicRobot.robotWithCurrentAwtHierarchyWithoutScreenLock();
        window = new FrameFixture(robot, open());
        assertThat(Windows.showing(frame(), "view.plugins")).as("Units again, with the Plugins view the user added in front").isTrue();
        assertThat(Windows.showing(frame(), "view.compare")).isTrue();
        assertThat(Windows.has(frame(), "view.results", JComponent.class)).as("results, in the tab behind Plugins").isTrue();
        assertThat(Windows.has(frame(), "view.editor", JComponent.class)).isFalse();
        assertThat(Windows.has(frame(), "view.compare", JComponent.class)).isTrue();
        perspective("Runs", "view.editor", "view.progress");
    }

    @Test
    @Order(3)
    void aPluginsViewComesWithItsJarAndLeavesAPlaceholderThatItsReturnReplaces() throws Exception {
        Path jar = plugins.resolve("bars.jar");
        Files.copy(Dist.exampleJar(), jar, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Dist.waitFor(() -> Windows.has(frame(), "bars.about", JComponent.class), 20_000)).as("the plugin's view docks").isTrue();
        assertThat(text("bars.about.text")).contains("stimulus set 'bars'");
        window.menuItemWithPath("View", "About bars").click();
        assertThat(Dist.waitFor(() -> Windows.showing(frame(), "bars.about"), 5_000)).isTrue();
        Windows.screenshot(frame(), "plugin-view");
        Files.delete(jar);
        assertThat(Dist.waitFor(() -> Windows.has(frame(), "placeholder.bars.about", JComponent.class), 20_000))
                .as("a placeholder takes the view's place").isTrue();
        assertThat(Windows.has(frame(), "bars.about", JComponent.class)).isFalse();
        assertThat(Windows.showing(frame(), "placeholder.bars.about")).as("where the view was, in front").isTrue();
        assertThat(text("placeholder.bars.about.text")).contains("'About bars' (bars.about)").contains("unitscope-example-bars")
                .contains("comes back here when the plugin is installed");
        Windows.screenshot(frame(), "plugin-placeholder");
        Files.copy(Dist.exampleJar(), jar, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Dist.waitFor(() -> Windows.has(frame(), "bars.about", JComponent.class), 20_000)).as("the view is back").isTrue();
        assertThat(Windows.has(frame(), "placeholder.bars.about", JComponent.class)).isFalse();
        Files.delete(jar);
        assertThat(Dist.waitFor(() -> Windows.has(frame(), "placeholder.bars.about", JComponent.class), 20_000)).isTrue();
    }

    @Test
    @Order(4)
    void pluginsAreInstalledAndRemovedFromThePluginsView() throws Exception {
        window.menuItemWithPath("View", "Plugins").click();
        assertThat(Dist.waitFor(() -> Windows.showing(frame(), "view.plugins"), 5_000)).isTrue();
        Path notABundle = Files.writeString(workspace.resolveSibling("not-a-bundle.jar"), "not a jar");
        chooseInInstallDialog(notABundle);
        assertThat(Dist.waitFor(() -> text("plugins.message").contains("not an OSGi bundle"), 5_000)).as(text("plugins.message")).isTrue();
        assertThat(plugins.resolve("not-a-bundle.jar")).doesNotExist();

        Path source = Files.copy(Dist.exampleJar(), workspace.resolveSibling("unitscope-example-bars.jar"), StandardCopyOption.REPLACE_EXISTING);
        chooseInInstallDialog(source);
        assertThat(text("plugins.message")).contains("installed unitscope-example-bars.jar");
        assertThat(plugins.resolve("unitscope-example-bars.jar")).isRegularFile();
        assertThat(Dist.waitFor(() -> bundleRow("unitscope-example-bars") >= 0 && "active".equals(bundleCell("unitscope-example-bars", 3)),
                20_000)).as("the bundle is listed, active").isTrue();
        assertThat(Dist.waitFor(() -> Windows.has(frame(), "bars.about", JComponent.class), 20_000)).as("its view replaces the placeholder").isTrue();
        window.menuItemWithPath("View", "Plugins").click();
        Windows.screenshot(frame(), "plugins-installed");

        window.table("plugins.bundles").cell("org.unitscope.engine").click();
        window.button("plugins.remove").click();
        assertThat(text("plugins.message")).contains("'org.unitscope.engine' is not a plugin");
        assertThat(bundleRow("org.unitscope.engine")).as("a workbench bundle stays").isNotNegative();

        window.table("plugins.bundles").cell("unitscope-example-bars").click();
        window.button("plugins.remove").click();
        assertThat(text("plugins.message")).contains("removed unitscope-example-bars.jar");
        assertThat(plugins.resolve("unitscope-example-bars.jar")).doesNotExist();
        assertThat(Dist.waitFor(() -> bundleRow("unitscope-example-bars") < 0, 20_000)).as("the bundle goes from the table").isTrue();
        assertThat(Dist.waitFor(() -> Windows.has(frame(), "placeholder.bars.about", JComponent.class), 20_000)).isTrue();
    }

    @Test
    @Order(5)
    void aLayoutNamingAViewWhosePluginIsGoneReopensWithAPlaceholderThatNamesThePlugin() throws Exception {
        assertThat(Windows.has(frame(), "placeholder.bars.about", JComponent.class)).as("left by the previous test").isTrue();
        reopen();
        assertThat(Files.readString(workspace.resolve(".unitscope/layouts/runs.xml"))).contains("persistentID=\"bars.about\"");
        assertThat(Files.readString(workspace.resolve(".unitscope/session.json"))).contains("\"plugin\": \"unitscope-example-bars\"");
        assertThat(Windows.has(frame(), "placeholder.bars.about", JComponent.class)).as("the saved layout's view, missing").isTrue();
        assertThat(text("placeholder.bars.about.text")).contains("the plugin unitscope-example-bars is not installed");
        Path jar = plugins.resolve("bars.jar");
        Files.copy(Dist.exampleJar(), jar, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Dist.waitFor(() -> Windows.has(frame(), "bars.about", JComponent.class)
                && !Windows.has(frame(), "placeholder.bars.about", JComponent.class), 20_000)).as("the real view replaces it").isTrue();
        reopen();
        assertThat(Windows.has(frame(), "bars.about", JComponent.class)).as("with the plugin present, the layout places the view").isTrue();
        assertThat(Windows.has(frame(), "placeholder.bars.about", JComponent.class)).isFalse();
        Files.delete(jar);
        assertThat(Dist.waitFor(() -> Windows.has(frame(), "placeholder.bars.about", JComponent.class), 20_000)).isTrue();
    }

    /** Workspace > Close with the mouse (the session and layout are saved), then the same workspace opened again. */
    private static void reopen() throws Exception {
        window.menuItemWithPath("Workspace", "Close").click();
        assertThat(session.get(30, TimeUnit.SECONDS)).isZero();
        robot.cleanUpWithoutDisposingWindows();
        robot = BasicRobot.robotWithCurrentAwtHierarchyWithoutScreenLock();
        window = new FrameFixture(robot, open());
    }

    /**
     * Install from file... with the mouse, the file's path typed into the chooser's name field (selecting it in the list
     * races the chooser's background listing of the folder, which can clear the selection) and Open clicked.
     */
    private static void chooseInInstallDialog(Path file) throws Exception {
        window.button("plugins.install").click();
        JFileChooserFixture chooser = window.fileChooser();
        chooser.fileNameTextBox().setText(file.toString());
        chooser.approve();
        assertThat(Dist.waitFor(() -> !Windows.onEdt(() -> chooser.target().isShowing()), 5_000)).as("the chooser closes").isTrue();
    }

    private static int bundleRow(String symbolicName) {
        return Windows.onEdt(() -> rowOf(Windows.find(frame(), "plugins.bundles", JTable.class), symbolicName));
    }

    private static String bundleCell(String symbolicName, int column) {
        return Windows.onEdt(() -> {
            JTable t = Windows.find(frame(), "plugins.bundles", JTable.class);
            int r = rowOf(t, symbolicName);
            return r < 0 ? "" : String.valueOf(t.getValueAt(r, column));
        });
    }

    private static int rowOf(JTable t, String symbolicName) {
        for (int r = 0; r < t.getRowCount(); r++) {
            if (symbolicName.equals(String.valueOf(t.getValueAt(r, 1)))) {
                return r;
            }
        }
        return -1;
    }
}
