package org.unitscope.gui.internal.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.unitscope.gui.internal.model.RunResults;
import org.unitscope.math.io.AtomicFiles;
import org.unitscope.plot.ChartFiles;

/**
 * Writes charts as PNG, SVG and PDF ({@link ChartFiles}), each file atomically (a reader never sees half a file): one
 * chart to a file the user names, or every chart shown into the run's results folder under {@code gui/}.
 */
final class ChartExport {
    static final int MIN_WIDTH = 480;
    static final int MIN_HEIGHT = 360;

    private ChartExport() {
    }

    /** Writes {@code chart} to {@code file} in the format its extension names (.png, .svg, .pdf). */
    static void write(Path file, JFreeChart chart, int width, int height) throws IOException {
        ChartFiles.Format format = ChartFiles.Format.of(file.getFileName().toString());
        AtomicFiles.write(file, out -> ChartFiles.write(out, format, chart, width, height));
    }

    /** A file name from a chart's title: letters, digits, dot, dash and underscore. */
    static String fileName(JFreeChart chart, ChartFiles.Format format) {
        String title = chart.getTitle() == null ? "chart" : chart.getTitle().getText();
        return title.replaceAll("[^A-Za-z0-9._-]+", "_") + "." + format.extension();
    }

    /** Every shown chart in every format into {@code results/NAME/gui/}; returns what it says to the user. */
    static String exportAll(List<ChartPanel> panels, RunResults results) {
        if (results == null) {
            return "no run shown";
        }
        Path dir = results.folder().resolve("gui");
        int written = 0;
        try {
            for (ChartPanel p : panels) {
                if (p.getChart() != null && p.isShowing()) {
                    for (ChartFiles.Format f : ChartFiles.Format.values()) {
                        write(dir.resolve(fileName(p.getChart(), f)), p.getChart(), Math.max(MIN_WIDTH, p.getWidth()),
                                Math.max(MIN_HEIGHT, p.getHeight()));
                    }
                    written++;
                }
            }
            return written == 0 ? "no chart to export" : "written " + written + " chart(s) as PNG, SVG and PDF into " + dir;
        } catch (IOException e) {
            return "export failed: " + e.getMessage();
        }
    }
}
