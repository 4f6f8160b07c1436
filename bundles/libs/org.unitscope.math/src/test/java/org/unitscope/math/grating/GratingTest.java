package org.unitscope.math.grating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GratingTest {

    private static final double EPS = 1e-9;

    @Test
    void luminanceRepeatsAfterOnePeriodAlongTheWaveVectorAndIsConstantAcrossIt() {
        double f = 0.07;
        for (double theta : new double[] {0, 30, 90, 135.7, 250}) {
            Grating g = new Grating(theta, f, 20, 0.8, 0.5);
            double c = Math.cos(Math.toRadians(theta));
            double s = Math.sin(Math.toRadians(theta));
            for (double[] p : new double[][] {{0, 0}, {1.3, -2.1}, {-7, 4.5}}) {
                double l = g.luminance(p[0], p[1]);
                // one full period 1/f along (cos t, sin t): same value
                assertThat(g.luminance(p[0] + 3 * c / f, p[1] + 3 * s / f)).isCloseTo(l, within(EPS));
                // half a period: reflected about the mean, since sin(a + pi) = -sin(a)
                assertThat(g.luminance(p[0] + 0.5 * c / f, p[1] + 0.5 * s / f) - 0.5)
                        .isCloseTo(-(l - 0.5), within(EPS));
                // any distance along the perpendicular (-sin t, cos t): same value
                for (double d : new double[] {0.7, 3.3, -11}) {
                    assertThat(g.luminance(p[0] - d * s, p[1] + d * c)).isCloseTo(l, within(EPS));
                }
            }
        }
    }

    @Test
    void orientation90VariesOnlyAlongYAndRowZeroIsTheTop() {
        // size 9: row i has y = 4 - i; with f = 1/16 and phase 0, L = m + m c sin(pi y / 8)
        int size = 9;
        float[] img = new float[size * size];
        new Grating(90, 1.0 / 16, 0, 0.5, 0.5).render(size, Aperture.NONE, img, 0);
        for (int i = 0; i < size; i++) {
            double expected = 0.5 + 0.25 * Math.sin(Math.PI * (4 - i) / 8.0);
            for (int j = 0; j < size; j++) {
                assertThat((double) img[i * size + j]).isCloseTo(expected, within(1e-6));
            }
        }
        assertThat(img[0]).isCloseTo(0.75f, within(1e-6f)); // top row: y = +4, the crest
        assertThat(img[size * size - 1]).isCloseTo(0.25f, within(1e-6f)); // bottom row: the trough
    }

    @Test
    void orientation0VariesOnlyAlongXAndColumnZeroIsTheLeft() {
        int size = 9;
        float[] img = new float[size * size];
        new Grating(0, 1.0 / 16, 0, 0.5, 0.5).render(size, null, img, 0);
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double expected = 0.5 + 0.25 * Math.sin(Math.PI * (j - 4) / 8.0);
                assertThat((double) img[i * size + j]).isCloseTo(expected, within(1e-6));
            }
        }
        assertThat(img[0]).isCloseTo(0.25f, within(1e-6f)); // left column: x = -4
    }

    @Test
    void orientation45RunsAlongTheRisingDiagonal() {
        // top-left pixel (x=-4, y=4) lies on the line x cos45 + y sin45 = 0; top-right (4, 4) at 8/sqrt(2)
        int size = 9;
        double f = 0.05;
        float[] img = new float[size * size];
        new Grating(45, f, 0, 1.0, 1.0).render(size, Aperture.NONE, img, 0);
        assertThat((double) img[0]).isCloseTo(1.0, within(1e-6));
        assertThat((double) img[size - 1])
                .isCloseTo(1.0 + Math.sin(2 * Math.PI * f * 8 / Math.sqrt(2)), within(1e-6));
        assertThat((double) img[(size - 1) * size])
                .isCloseTo(1.0 - Math.sin(2 * Math.PI * f * 8 / Math.sqrt(2)), within(1e-6));
    }

    @Test
    void phase90AtTheOriginIsThePeak() {
        Grating g = new Grating(37, 0.11, 90, 0.6, 0.4);
        assertThat(g.luminance(0, 0)).isCloseTo(0.4 + 0.4 * 0.6, within(EPS));
        assertThat(new Grating(37, 0.11, 270, 0.6, 0.4).luminance(0, 0)).isCloseTo(0.4 - 0.4 * 0.6, within(EPS));
        assertThat(new Grating(37, 0.11, 0, 0.6, 0.4).luminance(0, 0)).isCloseTo(0.4, within(EPS));
    }

    @Test
    void renderedValuesSpanMeanPlusMinusMeanTimesContrast() {
        int size = 64;
        float[] img = new float[size * size];
        new Grating(20, 0.1, 10, 0.7, 0.5).render(size, Aperture.NONE, img, 0);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (float v : img) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        assertThat(min).isGreaterThanOrEqualTo(0.5 - 0.35 - 1e-6).isCloseTo(0.15, within(0.01));
        assertThat(max).isLessThanOrEqualTo(0.5 + 0.35 + 1e-6).isCloseTo(0.85, within(0.01));
        assertThat(sum / img.length).isCloseTo(0.5, within(0.01));
    }

    @Test
    void renderWritesOnlyItsSliceAtTheOffset() {
        float[] dst = new float[2 + 16 + 3];
        Arrays.fill(dst, -1f);
        new Grating(0, 0.25, 90, 1.0, 2.0).render(4, Aperture.NONE, dst, 2);
        assertThat(dst[0]).isEqualTo(-1f);
        assertThat(dst[1]).isEqualTo(-1f);
        assertThat(dst[18]).isEqualTo(-1f);
        assertThat(dst[20]).isEqualTo(-1f);
        // pixel (0,0): x = -1.5, L = 2 + 2 sin(2 pi 0.25 (-1.5) + pi/2) = 2 + 2 cos(-0.75 pi)
        assertThat((double) dst[2]).isCloseTo(2 + 2 * Math.cos(-0.75 * Math.PI), within(1e-6));
        assertThatThrownBy(() -> new Grating(0, 0.1, 0, 1, 1).render(4, Aperture.NONE, new float[17], 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void apertureWeights() {
        Aperture a = new Aperture(5, 2);
        assertThat(a.weight(0, 0)).isEqualTo(1.0);
        assertThat(a.weight(3, 4)).isEqualTo(1.0); // r = 5, on the radius
        assertThat(a.weight(6, 0)).isCloseTo(0.5, within(EPS)); // middle of the ramp
        assertThat(a.weight(0, -5.5)).isCloseTo(0.5 * (1 + Math.cos(Math.PI / 4)), within(EPS));
        assertThat(a.weight(7, 0)).isEqualTo(0.0);
        assertThat(a.weight(-30, 2)).isEqualTo(0.0);

        Aperture hard = new Aperture(5, 0);
        assertThat(hard.weight(5, 0)).isEqualTo(1.0);
        assertThat(hard.weight(5.0001, 0)).isEqualTo(0.0);

        assertThat(Aperture.NONE.radius()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Aperture.NONE.weight(1e6, -1e6)).isEqualTo(1.0);

        assertThatThrownBy(() -> new Aperture(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Aperture(1, -0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renderThroughAnApertureLeavesTheMeanOutside() {
        int size = 32;
        double mean = 0.5;
        Grating g = new Grating(60, 0.13, 33, 0.9, mean);
        Aperture a = new Aperture(8, 4);
        float[] img = new float[size * size];
        g.render(size, a, img, 0);
        double half = (size - 1) / 2.0;
        int outside = 0;
        int inside = 0;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double x = j - half;
                double y = half - i;
                double r = Math.hypot(x, y);
                float v = img[i * size + j];
                if (r >= 12) {
                    assertThat(v).isEqualTo((float) mean);
                    outside++;
                } else if (r <= 8) {
                    assertThat((double) v).isCloseTo(g.luminance(x, y), within(1e-6));
                    inside++;
                } else {
                    double w = 0.5 * (1 + Math.cos(Math.PI * (r - 8) / 4));
                    assertThat((double) v).isCloseTo(mean + w * (g.luminance(x, y) - mean), within(1e-6));
                }
            }
        }
        assertThat(outside).isGreaterThan(100);
        assertThat(inside).isGreaterThan(100);
    }
}
