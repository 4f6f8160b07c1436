package org.unitscope.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class TuningCurveChartTest {

    @Test
    void curvesAreLinesThroughTheirPointsWithAGapAtAMissingResponse() throws IOException {
        double[] x = {0, 45, 90, 135};
        TuningCurveChart chart = new TuningCurveChart("tuning", "orientation", "response")
                .addCurve("u1", x, new double[] {1, 3, Double.NaN, 1})
                .addCurve("u2", x, new double[] {0.5, 0.5, 0.5, 0.5});
        Rendered png = Rendered.of(chart::writePng);
        assertThat(png.image().getWidth()).isEqualTo(TuningCurveChart.WIDTH);
        assertThat(png.image().getHeight()).isEqualTo(TuningCurveChart.HEIGHT);
        XYPlot plot = chart.chart().getXYPlot();

        double[] segment = point(plot, png, 22.5, 2); // between (0, 1) and (45, 3)
        assertThat(png.distanceNear(segment[0], segment[1], 2, Charts.PALETTE[0])).isLessThanOrEqualTo(60);
        // nothing where a line bridging the missing point, (45, 3) to (135, 1), would run
        for (double[] bridge : new double[][] {{67.5, 2.5}, {112.5, 1.5}}) {
            double[] p = point(plot, png, bridge[0], bridge[1]);
            assertThat(png.distanceNear(p[0], p[1], 3, Charts.PALETTE[0])).isGreaterThan(100);
        }
        double[] flat = point(plot, png, 112.5, 0.5);
        assertThat(png.distanceNear(flat[0], flat[1], 2, Charts.PALETTE[1])).isLessThanOrEqualTo(60);
    }

    @Test
    void mismatchedArraysAreRefused() {
        TuningCurveChart chart = new TuningCurveChart("t", "x", "y");
        assertThatThrownBy(() -> chart.addCurve("u", new double[4], new double[5]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("curve 'u': x has 4 values but y has 5");
        chart.addCurve("u", new double[2], new double[2]);
        assertThatThrownBy(() -> chart.addCurve("u", new double[2], new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
    }

    private static double[] point(XYPlot plot, Rendered png, double x, double y) {
        return new double[] {
            plot.getDomainAxis().valueToJava2D(x, png.dataArea(), plot.getDomainAxisEdge()),
            plot.getRangeAxis().valueToJava2D(y, png.dataArea(), plot.getRangeAxisEdge())
        };
    }
}
