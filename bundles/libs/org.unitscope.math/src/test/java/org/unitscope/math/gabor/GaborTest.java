package org.unitscope.math.gabor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.unitscope.math.grating.Aperture;
import org.unitscope.math.grating.Grating;
import org.unitscope.math.grating.GratingGrid;

class GaborTest {

    private static final int SIZE = 32;

    @Test
    void valueIsEnvelopeTimesTheGratingCarrier() {
        Gabor g = new Gabor(90, 0.1, 90, 4, 1, -2);
        // at the centre: envelope 1, carrier sin(90 deg) = 1
        assertThat(g.value(1, -2)).isCloseTo(1.0, within(1e-12));
        // 2.5 px up (theta 90: along +y) is a quarter period: carrier sin(pi/2 + pi/2) = 0
        assertThat(g.value(1, 0.5)).isCloseTo(0.0, within(1e-12));
        // 5 px up: half a period, carrier -1, envelope exp(-25/32)
        assertThat(g.value(1, 3)).isCloseTo(-Math.exp(-25.0 / 32), within(1e-12));
        // 3 px to the right (perpendicular to the wave vector): envelope only
        assertThat(g.value(4, -2)).isCloseTo(Math.exp(-9.0 / 32), within(1e-12));
    }

    @Test
    void kernelHasZeroMeanAndUnitNorm() {
        for (Gabor g : new Gabor[] {new Gabor(30, 0.1, 90, 5, 0, 0), new Gabor(100, 0.05, 0, 6, 2, -3),
                new Gabor(0, 0.2, 45, 3, 0, 0)}) {
            float[] k = g.kernel(SIZE);
            assertThat(k).hasSize(SIZE * SIZE);
            double sum = 0;
            double norm2 = 0;
            for (float v : k) {
                sum += v;
                norm2 += v * v;
            }
            assertThat(sum / k.length).isCloseTo(0.0, within(1e-7));
            assertThat(norm2).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void kernelSamplesTheValueOnTheImageGrid() {
        Gabor g = new Gabor(70, 0.12, 20, 4, 1.5, 0);
        float[] k = g.kernel(SIZE);
        double half = (SIZE - 1) / 2.0;
        // kernel = (value - dc) / norm: ratios of DC-free differences are independent of both
        double a = g.value(0 - half, half - 0) - g.value(5 - half, half - 9);
        double b = g.value(17 - half, half - 14) - g.value(5 - half, half - 9);
        double ka = k[0] - k[9 * SIZE + 5];
        double kb = k[14 * SIZE + 17] - k[9 * SIZE + 5];
        assertThat(ka / kb).isCloseTo(a / b, within(1e-4));
    }

    @Test
    void kernelIgnoresMeanLuminance() {
        float[] k = new Gabor(30, 0.1, 0, 5, 0, 0).kernel(SIZE);
        float[] low = new float[SIZE * SIZE];
        float[] high = new float[SIZE * SIZE];
        new Grating(30, 0.1, 0, 0.5, 0.2).render(SIZE, Aperture.NONE, low, 0);
        new Grating(30, 0.1, 0, 0.5 * 0.2 / 0.8, 0.8).render(SIZE, Aperture.NONE, high, 0);
        // same modulation amplitude mean * contrast = 0.1 on different means: same response
        assertThat(dot(k, high)).isCloseTo(dot(k, low), within(1e-4));
    }

    @Test
    void gratingResponsePeaksAtTheGaborsOwnOrientationAndSf() {
        double[] orientations = GratingGrid.evenOrientations(12); // 15 degree steps
        double[] sfs = GratingGrid.logSpaced(0.04, 0.4, 10); // ratio ~1.29
        double[] phases = GratingGrid.evenPhases(12);
        GratingGrid grid = new GratingGrid(orientations, sfs, phases);
        for (Gabor g : new Gabor[] {new Gabor(30, 0.1, 0, 5, 0, 0), new Gabor(100, 0.15, 45, 5, 2, -3),
                new Gabor(171, 0.07, 200, 6, -1, 1)}) {
            float[] k = g.kernel(SIZE);
            float[] img = new float[SIZE * SIZE];
            int best = -1;
            double bestResponse = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < grid.size(); i++) {
                grid.grating(i, 1.0, 0.5).render(SIZE, Aperture.NONE, img, 0);
                double r = dot(k, img);
                if (r > bestResponse) {
                    bestResponse = r;
                    best = i;
                }
            }
            assertThat(circularDistance(grid.orientation(best), g.orientationDeg(), 180)).isLessThanOrEqualTo(15.0);
            double octaves = Math.abs(Math.log(grid.sf(best) / g.sfCyclesPerPixel()) / Math.log(2));
            double gridStepOctaves = Math.log(sfs[1] / sfs[0]) / Math.log(2);
            assertThat(octaves).isLessThanOrEqualTo(gridStepOctaves);
            if (g.centreX() == 0 && g.centreY() == 0) {
                // the grating's phase is defined at the origin, the Gabor's at its centre: they agree only when
                // the Gabor is centred. A grating 180 degrees round is the same grating with phase 180 - p.
                boolean flipped = circularDistance(grid.orientation(best), g.orientationDeg(), 360) > 90;
                double expectedPhase = flipped ? 180 - g.phaseDeg() : g.phaseDeg();
                assertThat(circularDistance(grid.phase(best), expectedPhase, 360)).isLessThanOrEqualTo(30.0);
            }
        }
    }

    @Test
    void quadraturePairIsOrthogonal() {
        Gabor g = new Gabor(30, 0.1, 10, 5, 0, 0);
        Gabor q = g.quadrature();
        assertThat(q.phaseDeg()).isEqualTo(100.0);
        assertThat(q.orientationDeg()).isEqualTo(30.0);
        assertThat(q.sigma()).isEqualTo(5.0);
        assertThat(Math.abs(dot(g.kernel(SIZE), q.kernel(SIZE)))).isLessThan(0.05);
        // and not trivially so: the filter with itself gives 1
        assertThat(dot(g.kernel(SIZE), g.kernel(SIZE))).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void rejectsNonPositiveSigma() {
        assertThatThrownBy(() -> new Gabor(0, 0.1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Gabor(0, 0.1, 0, -2, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double circularDistance(double a, double b, double period) {
        double d = Math.abs(a - b) % period;
        return Math.min(d, period - d);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += (double) a[k] * b[k];
        }
        return s;
    }
}
