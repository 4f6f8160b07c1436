package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.swing.JCheckBox;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.launcher.Workbench;

/**
 * The run editor driven by real mouse and keyboard events (AssertJ Swing's robot on the Xvfb display): the layers of
 * the chosen model are listed by loading it, and the layers clicked are written into the field in the network's
 * order; a model that cannot load says why in the editor instead of listing anything.
 */
class GuiEditorIT {
    private static Workbench workbench;
    private static Function<String[], Integer> cli;
    private static Path workspace;
    private static org.assertj.swing.core.Robot robot;
    private static FrameFixture window;
    private static CompletableFuture<Integer> session;

    @BeforeAll
    static void open() throws Exception {
        workspace = Files.createTempDirectory("unitscope-gui-editor").resolve("workspace");
        System.setProperty("unitscope.gui.recent", workspace.resolveSibling("recent.json").toString());
        workbench = Dist.startWorkbench(Map.of());
        cli = workbench.commands(30_000);
        session = CompletableFuture.supplyAsync(() -> cli.apply(new String[] {"gui", workspace.toString()}));
        assertThat(Dist.waitFor(() -> Windows.frame("workbench").isPresent(), 60_000)).as("the workbench window opens").isTrue();
        Frame f = Windows.frame("workbench").orElseThrow();
        assertThat(Dist.waitFor(() -> Windows.has(f, "chooser.model.synthetic-v1", JCheckBox.class)
                && Windows.has(f, "chooser.model.vgg16", JCheckBox.class), 30_000)).isTrue();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        window = new FrameFixture(robot, f);
    }

    @AfterAll
    static void close() throws Exception {
        if (window != null) {
            window.cleanUp();
        }
        Windows.frame("workbench").ifPresent(f -> Windows.edt(f::dispose));
        if (session != null) {
            assertThat(session.get(30, TimeUnit.SECONDS)).isZero();
        }
        workbench.close();
    }

    @Test
    void theLayersClickedInTheModelsListAreWrittenInTheNetworksOrder() throws Exception {
        window.checkBox("chooser.model.synthetic-v1").click();
        window.button("editor.layers.choose").click();
        DialogFixture dialog = WindowFinder.findDialog("editor.layers.dialog").withTimeout(60_000).using(robot);
        List<String> shown = Arrays.stream(dialog.list("editor.layers.list").contents()).map(s -> s.split(" ")[0]).toList();
        assertThat(shown).as("the layers that 'layers --model synthetic-v1' prints").isEqualTo(cliLayers("synthetic-v1"));
        int last = shown.size() - 1;
        dialog.list("editor.layers.list").selectItems(last, 0);
        screenshot(dialog, "editor-layers-list");
        dialog.button("editor.layers.ok").click();
        window.textBox("editor.layers").requireText(shown.get(0) + ", " + shown.get(last));
    }

    @Test
    void aModelThatCannotLoadSaysWhyInsteadOfListingLayers() throws Exception {
        window.checkBox("chooser.model.vgg16").click();
        Path missing = workspace.resolveSibling("no-such-weights.params");
        window.textBox("form.model.vgg16.weights").deleteText().enterText(missing.toString());
        window.button("editor.layers.choose").click();
        assertThat(Dist.waitFor(() -> window.label("editor.status").text().startsWith("cannot load vgg16: "), 60_000))
                .as("the status line names the failure: " + window.label("editor.status").text()).isTrue();
        assertThat(window.label("editor.status").text()).contains("no-such-weights.params");
        assertThat(robot.finder().findAll(c -> "editor.layers.dialog".equals(c.getName()) && c.isShowing())).isEmpty();
    }

    /** The layer names in the order the command line's {@code layers} prints them (the network's). */
    private static List<String> cliLayers(String model) {
        Dist.Result r = Dist.run(cli, "layers", "--model", model);
        assertThat(r.code()).as(r.all()).isZero();
        String[] lines = r.out().split("\n");
        return Arrays.stream(lines, 2, lines.length - 1).map(l -> l.strip().split("\\s+")[0]).toList();
    }

    /** The screen where the dialog is (it is a window of its own, so painting the frame would miss it). */
    private static void screenshot(DialogFixture dialog, String name) throws Exception {
        Rectangle r = window.target().getBounds().union(dialog.target().getBounds());
        Path dir = Path.of(System.getProperty("unitscope.gui.screenshots", "target/gui-screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(new Robot().createScreenCapture(r), "png", dir.resolve(name + ".png").toFile());
    }
}
