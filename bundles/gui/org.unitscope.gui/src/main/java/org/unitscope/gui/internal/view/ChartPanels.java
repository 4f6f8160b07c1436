package org.unitscope.gui.internal.view;

import java.io.File;
import java.io.IOException;
import javax.swing.JFileChooser;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import org.jfree.chart.ChartPanel;
import org.unitscope.plot.ChartFiles;

/**
 * The workbench's chart panels: tooltips (standard ones for charts without their own), zoom by dragging and by the mouse wheel, and JFreeChart's popup menu with
 * "Export as PNG / SVG / PDF..." entries that write the chart at the panel's size (atomically, {@link ChartExport}).
 */
final class ChartPanels {
    private ChartPanels() {
    }

    static ChartPanel create(String name) {
        ChartPanel p = new ChartPanel(null, true, true, true, true, true);
        p.setName(name);
        p.setMouseWheelEnabled(true);
        p.setDisplayToolTips(true);
        p.setInitialDelay(200);
        p.setMinimumDrawWidth(200);
        p.setMinimumDrawHeight(150);
        p.setMaximumDrawWidth(4000);
        p.setMaximumDrawHeight(3000);
        JPopupMenu menu = p.getPopupMenu();
        menu.addSeparator();
        for (ChartFiles.Format f : ChartFiles.Format.values()) {
            JMenuItem item = new JMenuItem("Export as " + f + "...");
            item.setName(name + ".export." + f.extension());
            item.addActionListener(e -> exportAs(p, f));
            menu.add(item);
        }
        return p;
    }

    /** Shows {@code chart} in the panel with the workbench's title size (the plot library's titles are for files). */
    static void show(ChartPanel panel, org.jfree.chart.JFreeChart chart) {
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
        }
        withTooltips(chart);
        panel.setChart(chart);
    }

    /** Gives an XY or category chart's renderer the standard tooltips (series: x, y) where it has none of its own. */
    static void withTooltips(org.jfree.chart.JFreeChart chart) {
        if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot xy && xy.getRenderer() != null
                && xy.getRenderer().getDefaultToolTipGenerator() == null) {
            xy.getRenderer().setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardXYToolTipGenerator());
        } else if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot c && c.getRenderer() != null
                && c.getRenderer().getDefaultToolTipGenerator() == null) {
            c.getRenderer().setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardCategoryToolTipGenerator());
        } else if (chart.getPlot() instanceof org.jfree.chart.plot.PolarPlot polar
                && polar.getRenderer() instanceof org.jfree.chart.renderer.DefaultPolarItemRenderer r && r.getBaseToolTipGenerator() == null) {
            r.setBaseToolTipGenerator(new org.jfree.chart.labels.StandardXYToolTipGenerator());
        }
    }

    static final java.awt.Font TITLE = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13);

    private static void exportAs(ChartPanel p, ChartFiles.Format format) {
        if (p.getChart() == null) {
            return;
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setName("chart.export.chooser");
        chooser.setDialogTitle("Export chart as " + format);
        chooser.setSelectedFile(new File(ChartExport.fileName(p.getChart(), format)));
        if (chooser.showSaveDialog(p) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File file = chooser.getSelectedFile();
        if (!file.getName().toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension())) {
            file = new File(file.getPath() + "." + format.extension());
        }
        try {
            ChartExport.write(file.toPath(), p.getChart(), Math.max(ChartExport.MIN_WIDTH, p.getWidth()),
                    Math.max(ChartExport.MIN_HEIGHT, p.getHeight()));
        } catch (IOException e) {
            JOptionPane.showMessageDialog(p, "export failed: " + e.getMessage(), "Export", JOptionPane.ERROR_MESSAGE);
        }
    }
}
