package org.unitscope.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class PhaseModulationChartTest {

    @Test
    void theHarmonicPassesThroughASinusoidalResponse() {
        double[] phases = {0, 90, 180, 270};
        double[] r = new double[4];
        for (int i = 0; i < 4; i++) {
            r[i] = 2 + 1.5 * Math.cos(Math.toRadians(phases[i] - 90));
        }
        JFreeChart c = PhaseModulationChart.chart("F1/F0", phases, r, 2, 1.5);
        XYDataset d = c.getXYPlot().getDataset();
        assertThat(d.getItemCount(0)).isEqualTo(4);
        assertThat(d.getYValue(0, 1)).isEqualTo(3.5);
        double atNinety = d.getYValue(1, 18); // 18 of 72 steps = 90 degrees
        assertThat(d.getXValue(1, 18)).isEqualTo(90);
        assertThat(atNinety).isCloseTo(3.5, within(1e-9));
    }

    @Test
    void anUndefinedRatioDrawsThePointsOnly() {
        JFreeChart c = PhaseModulationChart.chart("silent", new double[] {0, 120, 240}, new double[3], Double.NaN, Double.NaN);
        assertThat(c.getXYPlot().getDataset().getItemCount(1)).isZero();
    }
}
