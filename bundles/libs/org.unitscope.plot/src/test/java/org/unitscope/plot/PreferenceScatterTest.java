package org.unitscope.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class PreferenceScatterTest {

    @Test
    void identityLineRunsAlongTheDiagonalOfTheDataArea() throws IOException {
        // points far from the diagonal, so that what is found on it is the identity line
        PreferenceScatter scatter = new PreferenceScatter("orientation", "measured", "predicted", 180)
                .addSeries("block1", new double[] {20, 160}, new double[] {160, 20});
        Rendered png = Rendered.of(scatter::writePng);
        assertThat(png.image().getWidth()).isEqualTo(PreferenceScatter.SIZE);
        assertThat(png.image().getHeight()).isEqualTo(PreferenceScatter.SIZE);
        Rectangle2D area = png.dataArea();
        int onLine = 0;
        int offLine = 0;
        int samples = 0;
        for (double t = 0.05; t < 0.95; t += 0.01) {
            samples++;
            double x = area.getMinX() + t * area.getWidth();
            double y = area.getMaxY() - t * area.getHeight();
            if (png.distanceNear(x, y, 1, PreferenceScatter.IDENTITY) <= 50) {
                onLine++;
            }
            // the same points mirrored top-to-bottom: the other diagonal, where there is no line
            if (png.distanceNear(x, area.getMinY() + t * area.getHeight(), 1, PreferenceScatter.IDENTITY) <= 50) {
                offLine++;
            }
        }
        assertThat(onLine).as("%d of %d samples on the dashed identity line", onLine, samples)
                .isGreaterThan(samples / 3);
        assertThat(offLine).as("crossing the identity line only near the centre").isLessThanOrEqualTo(3);
    }

    @Test
    void pointsAreDrawnWhereTheirValuesAreAndNaNPairsAreLeftOut() throws IOException {
        PreferenceScatter scatter = new PreferenceScatter("orientation", "measured", "predicted", 180)
                .addSeries("block1", new double[] {30, Double.NaN, 100}, new double[] {150, 40, Double.NaN})
                .addSeries("block2", new double[] {150}, new double[] {30});
        XYPlot plot = scatter.chart().getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(1);
        assertThat(plot.getDomainAxis().getRange().getLowerBound()).isZero();
        assertThat(plot.getDomainAxis().getRange().getUpperBound()).isEqualTo(180);
        assertThat(plot.getRangeAxis().getRange().getUpperBound()).isEqualTo(180);

        Rendered png = Rendered.of(scatter::writePng);
        double[] first = point(plot, png, 30, 150);
        double[] second = point(plot, png, 150, 30);
        assertThat(Rendered.distance(png.at(first[0], first[1]), Charts.PALETTE[0])).isLessThanOrEqualTo(20);
        assertThat(Rendered.distance(png.at(second[0], second[1]), Charts.PALETTE[1])).isLessThanOrEqualTo(20);
        double[] nothing = point(plot, png, 100, 150);
        Color there = png.at(nothing[0], nothing[1]);
        assertThat(Rendered.distance(there, Charts.PALETTE[0])).isGreaterThan(100);
    }

    @Test
    void invalidInputIsRefusedWithTheReason() {
        PreferenceScatter scatter = new PreferenceScatter("o", "m", "p", 180);
        assertThatThrownBy(() -> scatter.addSeries("layer", new double[3], new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 'layer': measured has 3 values but predicted has 2");
        assertThatThrownBy(() -> new PreferenceScatter("o", "m", "p", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PreferenceScatter("o", "m", "p", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] point(XYPlot plot, Rendered png, double x, double y) {
        return new double[] {
            plot.getDomainAxis().valueToJava2D(x, png.dataArea(), plot.getDomainAxisEdge()),
            plot.getRangeAxis().valueToJava2D(y, png.dataArea(), plot.getRangeAxisEdge())
        };
    }
}
