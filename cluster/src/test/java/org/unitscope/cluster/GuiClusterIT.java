package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JProgressBar;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;

/**
 * The workbench window (the built distribution, on a private Xvfb display) launching a real three-run survey on
 * {@code local[1]} (one run at a time, so the bar shows every step) from Run &gt; Run on cluster...: the job appears in the progress view like a local run, its bar and
 * line follow unitscope-cluster's progress to done, and the survey's table and first run open when it ends.
 * Screenshots go to target/gui-screenshots/ (cluster-*.png).
 */
class GuiClusterIT {

    @Test
    void aSurveyLaunchedFromTheRunMenuShowsItsProgressToDoneAndOpensItsTable() throws Exception {
        Path dir = LaunchFixtures.fresh("gui-survey");
        Path survey = LaunchFixtures.survey(dir, "three-runs", "simple", "complex", "dog");
        Path workspace = dir.resolve("workspace");
        System.setProperty("unitscope.gui.recent", dir.resolve("recent-workspaces.json").toString());
        try (WorkbenchInThisJvm wb = WorkbenchInThisJvm.start(LaunchFixtures.HOME,
                Map.of("felix.fileinstall.dir", Files.createDirectories(dir.resolve("plugins")).toString()))) {
            CompletableFuture<Integer> session = CompletableFuture.supplyAsync(() -> wb.command("gui", workspace.toString()));
            assertThat(Swing.waitFor(() -> Swing.window("workbench").isPresent(), 90_000)).as("the window opens").isTrue();
            JFrame frame = (JFrame) Swing.window("workbench").orElseThrow();

            long t0 = System.nanoTime();
            launchFromTheRunMenu(frame, survey);

            List<String> seen = watchProgress(frame);
            System.out.printf("GuiClusterIT: survey done in the progress view %.1f s after Start; bar texts seen: %s%n",
                    (System.nanoTime() - t0) / 1e9, seen);
            Path out = workspace.resolve("results").resolve("three-runs");
            assertThat(seen).as("the bar follows unitscope-cluster's progress").anyMatch(s -> s.matches("survey 1/3 \\(33%\\) [0-9.]+/s ETA 0:\\d\\d:\\d\\d"))
                    .anyMatch(s -> s.startsWith("survey 3/3 (100%)"));
            assertThat(Swing.<String>onEdt(() -> Swing.find(frame, "progress.line", JLabel.class).getText()))
                    .isEqualTo("complete - " + out);
            assertThat(Swing.<Integer>onEdt(() -> Swing.find(frame, "progress.bar", JProgressBar.class).getValue())).isEqualTo(1000);
            String log = Swing.onEdt(() -> Swing.find(frame, "progress.log", javax.swing.JTextArea.class).getText());
            assertThat(log).contains("survey: 3 runs from " + survey).contains("cluster run complete: " + out.resolve("survey.csv"));
            Swing.screenshot(frame, "cluster-3-progress-done");

            assertThat(Swing.waitFor(() -> Swing.window("survey-table").isPresent(), 10_000)).as("survey.csv opens").isTrue();
            Window table = Swing.window("survey-table").orElseThrow();
            List<String> firstColumn = runsIn(table);
            List<String> csv = Files.readAllLines(out.resolve("survey.csv"));
            assertThat(firstColumn).containsExactlyElementsOf(csv.subList(1, csv.size()).stream().map(l -> l.split(",")[0]).toList());
            assertThat(firstColumn).containsExactly("simple", "complex", "dog");
            Swing.screenshot(table, "cluster-4-survey-table");
            // the results browser (Units perspective) was given the survey's first run (name order) when the job ended
            Swing.edt(() -> Swing.find(frame.getJMenuBar(), "menu.perspective.units", JMenuItem.class).doClick(0));
            assertThat(Swing.waitFor(() -> "three-runs/complex".equals(
                    Swing.onEdt(() -> Swing.find(frame, "results.run", JComboBox.class).getSelectedItem())), 10_000))
                    .as("the results browser shows the survey's first run").isTrue();
            assertThat(Swing.waitFor(() -> Swing.<Integer>onEdt(() -> Swing.find(frame, "results.table", JTable.class).getRowCount()) == 16, 10_000))
                    .as("its 16 units").isTrue();
            Swing.screenshot(frame, "cluster-5-results");
            Swing.edt(table::dispose);
            Swing.edt(frame::dispose);
            assertThat(session.get(60, TimeUnit.SECONDS)).isZero();
        }
    }

    /** Run > Run on cluster...: the survey file and master typed into the dialog, Start clicked. */
    private static void launchFromTheRunMenu(JFrame frame, Path survey) throws Exception {
        // the menu item opens a modal dialog: clicked from a later event so that this thread can fill the dialog
        EventQueue.invokeLater(() -> Swing.find(frame.getJMenuBar(), "menu.run.cluster", JMenuItem.class).doClick(0));
        assertThat(Swing.waitFor(() -> Swing.window("cluster-dialog").isPresent(), 10_000)).as("the dialog opens").isTrue();
        Window dialog = Swing.window("cluster-dialog").orElseThrow();
        Swing.edt(() -> {
            Swing.find(dialog, "cluster.kind", JComboBox.class).setSelectedIndex(0);
            Swing.find(dialog, "cluster.survey", JTextField.class).setText(survey.toString());
            Swing.find(dialog, "cluster.master", JTextField.class).setText("local[1]");
        });
        Swing.screenshot(dialog, "cluster-1-dialog");
        Swing.edt(() -> Swing.find(dialog, "cluster.start", AbstractButton.class).doClick(0));
    }

    /** The first column (run) of the survey table's rows, in the table's order. */
    private static List<String> runsIn(Window table) {
        return Swing.onEdt(() -> {
            JTable t = Swing.find(table, "survey-table.table", JTable.class);
            List<String> runs = new ArrayList<>();
            for (int r = 0; r < t.getRowCount(); r++) {
                runs.add(String.valueOf(t.getValueAt(r, 0)));
            }
            return runs;
        });
    }

    /** The progress view's bar text every 100 ms until the selected job ends; a screenshot while it runs. */
    private static List<String> watchProgress(JFrame frame) throws Exception {
        List<String> seen = new ArrayList<>();
        boolean shot = false;
        long end = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < end) {
            String bar = Swing.onEdt(() -> Swing.find(frame, "progress.bar", JProgressBar.class).getString());
            String line = Swing.onEdt(() -> Swing.find(frame, "progress.line", JLabel.class).getText());
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(bar)) {
                seen.add(bar);
            }
            if (!shot && bar.startsWith("survey 1/3")) {
                Swing.screenshot(frame, "cluster-2-progress-running");
                shot = true;
            }
            if (!line.startsWith("running") && !line.startsWith("queued") && !line.isBlank()) {
                return seen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the cluster job did not end within 600 s; bar texts: " + seen);
    }
}
