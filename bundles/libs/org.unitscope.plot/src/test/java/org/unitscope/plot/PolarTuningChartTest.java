package org.unitscope.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jfree.chart.plot.PolarPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class PolarTuningChartTest {
    @Test
    void eachOrientationIsPlottedAtThetaAndThetaPlus180WithItsResponse() {
        XYDataset d = ((PolarPlot) PolarTuningChart.chart("u", new double[] {0, 60, 120}, new double[] {3, 1, 2}).getPlot()).getDataset();
        assertThat(d.getItemCount(0)).isEqualTo(6);
        double[][] points = new double[6][];
        for (int i = 0; i < 6; i++) {
            points[i] = new double[] {d.getXValue(0, i), d.getYValue(0, i)};
        }
        assertThat(points).isDeepEqualTo(new double[][] {{0, 3}, {60, 1}, {120, 2}, {180, 3}, {240, 1}, {300, 2}});
        assertThatThrownBy(() -> PolarTuningChart.chart("u", new double[] {0}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
