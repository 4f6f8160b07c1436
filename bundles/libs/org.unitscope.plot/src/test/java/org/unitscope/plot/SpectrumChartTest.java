package org.unitscope.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class SpectrumChartTest {

    private static double[] screen(SpectrumChart chart, Rendered png, double x, double y) {
        XYPlot plot = chart.chart().getXYPlot();
        return new double[] {
            plot.getDomainAxis().valueToJava2D(x, png.dataArea(), plot.getDomainAxisEdge()),
            plot.getRangeAxis().valueToJava2D(y, png.dataArea(), plot.getRangeAxisEdge())
        };
    }

    @Test
    void rankOneIsTheLargestEigenvalueAndTheLinePassesThroughTheData() throws IOException {
        double[] ascending = {-1, 0, 0.5, 1, 4};
        SpectrumChart chart = new SpectrumChart("spectra").addUnit("unit 7", ascending, -0.5, 0.8);
        XYDataset data = chart.chart().getXYPlot().getDataset();
        assertThat(data.getXValue(0, 0)).isEqualTo(1);
        assertThat(data.getYValue(0, 0)).isEqualTo(4);
        assertThat(data.getXValue(0, 4)).isEqualTo(5);
        assertThat(data.getYValue(0, 4)).isEqualTo(-1);

        Rendered png = Rendered.of(chart::writePng);
        assertThat(png.image().getWidth()).isEqualTo(SpectrumChart.WIDTH);
        assertThat(png.image().getHeight()).isEqualTo(SpectrumChart.HEIGHT);
        Color unit = Charts.PALETTE[0];
        for (int rank = 1; rank <= 5; rank++) {
            double[] p = screen(chart, png, rank, ascending[5 - rank]);
            assertThat(png.distanceNear(p[0], p[1], 2, unit)).as("point of rank %d", rank).isLessThanOrEqualTo(40);
        }
        // half way between rank 1 (4) and rank 2 (1): on the line
        double[] mid = screen(chart, png, 1.5, 2.5);
        assertThat(png.distanceNear(mid[0], mid[1], 2, unit)).isLessThanOrEqualTo(60);
        // and far from any data: background
        double[] empty = screen(chart, png, 4.5, 3.5);
        assertThat(png.distanceNear(empty[0], empty[1], 3, unit)).isGreaterThan(100);
    }

    @Test
    void nullIntervalsAreDashedLinesInTheUnitsColourAndInsideTheRange() throws IOException {
        double[] ascending = {0, 1, 2, 3};
        SpectrumChart chart = new SpectrumChart("spectra")
                .addUnit("a", ascending, -10, 20)
                .addUnit("b", ascending, Double.NaN, Double.NaN);
        XYPlot plot = chart.chart().getXYPlot();
        assertThat(plot.getRangeAxis().getLowerBound()).isLessThan(-10);
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(20);
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(2);

        Rendered png = Rendered.of(chart::writePng);
        Color a = Charts.PALETTE[0];
        for (double bound : new double[] {-10, 20}) {
            int hits = 0;
            int samples = 0;
            for (double f = 0.05; f < 0.95; f += 0.01) {
                double x = png.dataArea().getMinX() + f * png.dataArea().getWidth();
                double y = screen(chart, png, 1, bound)[1];
                samples++;
                if (png.distanceNear(x, y, 1, a) <= 40) {
                    hits++;
                }
            }
            // dashes 6 on, 4 off: about 60 % of the samples, far more than by chance, fewer than a solid line
            assertThat(hits).as("marker at %s: %d of %d", bound, hits, samples).isBetween(samples / 3, samples - 5);
        }
    }

    @Test
    void unitsBeyondEightAreCountedNotDrawn() {
        SpectrumChart chart = new SpectrumChart("many");
        for (int u = 0; u < 11; u++) {
            chart.addUnit("u" + u, new double[] {0, u}, Double.NaN, Double.NaN);
        }
        assertThat(chart.chart().getXYPlot().getDataset().getSeriesCount()).isEqualTo(SpectrumChart.MAX_UNITS);
        assertThat(chart.chart().getSubtitles()).anySatisfy(t ->
                assertThat(t).isInstanceOfSatisfying(TextTitle.class,
                        text -> assertThat(text.getText()).isEqualTo("first 8 of 11 units")));
    }

    @Test
    void invalidInputIsRefusedWithTheReason() {
        SpectrumChart chart = new SpectrumChart("s");
        assertThatThrownBy(() -> chart.addUnit("u", new double[] {3, 2, 1}, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit 'u'")
                .hasMessageContaining("ascending");
        assertThatThrownBy(() -> chart.addUnit("u", new double[] {1, 2}, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reversed");
        chart.addUnit("u", new double[] {1, 2}, 0, 1);
        assertThatThrownBy(() -> chart.addUnit("u", new double[] {1, 2}, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
    }
}
