package org.unitscope.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void countsHalfOpenBinsTheLastClosedAndSkipsNanAndOutside() {
        double[] edges = {0, 0.5, 1};
        assertThat(Histogram.counts(new double[] {0, 0.49, 0.5, 1, Double.NaN, 1.2, -0.1}, edges)).containsExactly(2, 2);
        assertThatThrownBy(() -> Histogram.counts(new double[0], new double[] {1, 1})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoSamplesGiveTwoSeriesOfCountsOverTheEdges() {
        Map<String, double[]> samples = new LinkedHashMap<>();
        samples.put("A", new double[] {10, 20, 170});
        samples.put("B", new double[] {}); // an empty sample: all zero
        JFreeChart c = Histogram.chart("preferred orientation", "degrees", Histogram.linearEdges(0, 180, 12), samples, false);
        IntervalXYDataset d = (IntervalXYDataset) c.getXYPlot().getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(2);
        assertThat(d.getItemCount(0)).isEqualTo(12);
        assertThat(d.getYValue(0, 0)).isEqualTo(1);
        assertThat(d.getYValue(0, 1)).isEqualTo(1);
        assertThat(d.getYValue(0, 11)).isEqualTo(1);
        assertThat(d.getStartXValue(0, 1)).isEqualTo(15);
        assertThat(d.getEndXValue(0, 1)).isEqualTo(30);
        assertThat(d.getYValue(1, 0)).isZero();
        assertThat(c.getLegend()).isNotNull();
    }

    @Test
    void logEdgesAreGeometricAndTheAxisIsLogarithmic() {
        double[] e = Histogram.logEdges(0.01, 0.64, 6);
        assertThat(e[1] / e[0]).isCloseTo(2, org.assertj.core.data.Offset.offset(1e-12));
        JFreeChart c = Histogram.chart("SF", "c/px", e, Map.of("u", new double[] {0.015, 0.5}), true);
        XYPlot p = c.getXYPlot();
        assertThat(p.getDomainAxis()).isInstanceOf(LogAxis.class);
        assertThat(p.getDataset().getYValue(0, 0)).isEqualTo(1);
        assertThat(p.getDataset().getYValue(0, 5)).isEqualTo(1);
    }
}
