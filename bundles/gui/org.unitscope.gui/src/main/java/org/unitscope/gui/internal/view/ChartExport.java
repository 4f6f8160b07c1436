package org.unitscope.gui.internal.view;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartUtils;
import org.unitscope.gui.internal.model.RunResults;

/** Writes the charts shown as PNG files into the run's results folder, under {@code gui/}. */
final class ChartExport {
    private ChartExport() {
    }

    static String exportPng(List<ChartPanel> panels, RunResults results) {
        if (results == null) {
            return "no run shown";
        }
        File dir = results.folder().resolve("gui").toFile();
        StringBuilder written = new StringBuilder();
        try {
            java.nio.file.Files.createDirectories(dir.toPath());
            for (ChartPanel p : panels) {
                if (p.getChart() != null) {
                    String name = p.getChart().getTitle().getText().replaceAll("[^A-Za-z0-9._-]+", "_") + ".png";
                    File f = new File(dir, name);
                    ChartUtils.saveChartAsPNG(f, p.getChart(), Math.max(400, p.getWidth()), Math.max(300, p.getHeight()));
                    written.append(written.length() == 0 ? "" : ", ").append(f);
                }
            }
            return written.length() == 0 ? "no chart to export" : "written " + written;
        } catch (IOException e) {
            return "export failed: " + e.getMessage();
        }
    }
}
