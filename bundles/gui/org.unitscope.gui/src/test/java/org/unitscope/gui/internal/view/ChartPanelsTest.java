package org.unitscope.gui.internal.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import javax.swing.JMenuItem;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.Test;

/** Every workbench chart panel zooms (drag and wheel) and offers export as PNG, SVG and PDF. */
class ChartPanelsTest {

    @Test
    void aPanelZoomsByWheelAndExportsInEveryFormat() {
        ChartPanel p = ChartPanels.create("results.x");
        assertThat(p.getName()).isEqualTo("results.x");
        assertThat(p.isMouseWheelEnabled()).isTrue();
        assertThat(Arrays.stream(p.getPopupMenu().getComponents()).filter(c -> c instanceof JMenuItem)
                .map(c -> ((JMenuItem) c).getName())).contains("results.x.export.png", "results.x.export.svg", "results.x.export.pdf");
    }

    @Test
    void aShownChartGetsTheWorkbenchTitleSize() {
        ChartPanel p = ChartPanels.create("results.y");
        var chart = org.unitscope.plot.Histogram.chart("t", "x", org.unitscope.plot.Histogram.linearEdges(0, 1, 2),
                java.util.Map.of("u", new double[] {0.2}), false);
        ChartPanels.show(p, chart);
        assertThat(p.getChart()).isSameAs(chart);
        assertThat(chart.getTitle().getFont().getSize()).isEqualTo(13);
        assertThat(p.isDomainZoomable()).as("an XY chart zooms (the flags follow the chart shown)").isTrue();
        assertThat(p.isRangeZoomable()).isTrue();
        assertThat(((org.jfree.chart.labels.StandardXYToolTipGenerator) chart.getXYPlot().getRenderer().getDefaultToolTipGenerator())
                .getFormatString()).as("the histogram's own tooltips kept").isEqualTo("{0}: {1}: {2} units");
    }

    @Test
    void chartsWithoutTooltipsGetStandardOnes() {
        var polar = UnitCharts.orientation(java.util.Map.of(), "L", 0, "L unit 0: orientation");
        var sf = UnitCharts.spatialFrequency(java.util.Map.of(), "L", 0, "L unit 0: SF");
        ChartPanels.show(ChartPanels.create("a"), polar);
        ChartPanels.show(ChartPanels.create("b"), sf);
        assertThat(((org.jfree.chart.renderer.DefaultPolarItemRenderer) ((org.jfree.chart.plot.PolarPlot) polar.getPlot()).getRenderer())
                .getBaseToolTipGenerator()).isNotNull();
        assertThat(sf.getXYPlot().getRenderer().getDefaultToolTipGenerator()).isNotNull();
    }
}
