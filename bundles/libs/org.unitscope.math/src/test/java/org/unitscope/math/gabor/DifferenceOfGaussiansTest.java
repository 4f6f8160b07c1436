package org.unitscope.math.gabor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.unitscope.math.grating.Aperture;
import org.unitscope.math.grating.Grating;

class DifferenceOfGaussiansTest {

    /** Kernels of the synthetic network's defaults (rf 31, SFs 0.08 and 0.15, ratio 1.6) and a wider one. */
    private static final Case[] CASES = {
        new Case(DifferenceOfGaussians.withPeakSf(0.08, 1.6), 31),
        new Case(DifferenceOfGaussians.withPeakSf(0.15, 1.6), 31),
        new Case(new DifferenceOfGaussians(1.5, 4.0), 41),
    };

    private record Case(DifferenceOfGaussians dog, int size) {
    }

    /** Within 0.01 octave, the documented sampling limit (measured: at most 0.0003 octave, the scan's resolution). */
    @Test
    void analyticPeakMatchesTheSpectrumOfTheSampledKernel() {
        for (Case c : CASES) {
            float[] k = c.dog().kernel(c.size());
            // dense discrete-time Fourier transform along x, 0.001-octave steps from 0.02 to 0.5 c/px
            double bestLog2 = Double.NaN;
            double best = Double.NEGATIVE_INFINITY;
            for (double l = log2(0.02); l <= log2(0.5); l += 0.001) {
                double a = axisAmplitude(k, c.size(), Math.pow(2, l));
                if (a > best) {
                    best = a;
                    bestLog2 = l;
                }
            }
            double errorOctaves = Math.abs(bestLog2 - log2(c.dog().peakSfCyclesPerPixel()));
            assertThat(errorOctaves).as("%s in %d px", c.dog(), c.size()).isLessThan(0.01);
        }
    }

    @Test
    void analyticPeakIsTheMaximumOfTheContinuousResponse() {
        DifferenceOfGaussians dog = new DifferenceOfGaussians(1.0, 3.0);
        double best = 0;
        double bestF = 0;
        for (double f = 1e-4; f < 0.5; f += 1e-5) {
            double h = Math.exp(-2 * Math.PI * Math.PI * f * f) - Math.exp(-2 * Math.PI * Math.PI * 9 * f * f);
            if (h > best) {
                best = h;
                bestF = f;
            }
        }
        assertThat(dog.peakSfCyclesPerPixel()).isCloseTo(bestF, within(2e-5));
    }

    @Test
    void withPeakSfKeepsTheRatioAndPutsThePeakWhereAsked() {
        for (double f : new double[] {0.05, 0.08, 0.15, 0.3}) {
            DifferenceOfGaussians dog = DifferenceOfGaussians.withPeakSf(f, 1.6);
            assertThat(dog.sigmaSurround() / dog.sigmaCentre()).isCloseTo(1.6, within(1e-12));
            assertThat(dog.peakSfCyclesPerPixel()).isCloseTo(f, within(1e-12 * f));
        }
    }

    @Test
    void valueIsCentreMinusSurroundEachOfUnitIntegral() {
        DifferenceOfGaussians dog = new DifferenceOfGaussians(2.0, 3.2);
        double centre = 1 / (2 * Math.PI * 4.0);
        double surround = 1 / (2 * Math.PI * 3.2 * 3.2);
        assertThat(dog.value(0, 0)).isCloseTo(centre - surround, within(1e-15));
        // at (3, -4), r^2 = 25
        assertThat(dog.value(3, -4)).isCloseTo(centre * Math.exp(-25 / 8.0) - surround * Math.exp(-25 / (2 * 3.2 * 3.2)),
                within(1e-15));
        // the integral over the plane (Riemann sum at 0.1 px over +-40 px) is 0: no response to mean luminance
        double sum = 0;
        for (double x = -40; x <= 40; x += 0.1) {
            for (double y = -40; y <= 40; y += 0.1) {
                sum += dog.value(x, y) * 0.01;
            }
        }
        assertThat(sum).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void kernelHasZeroMeanAndUnitNorm() {
        for (Case c : CASES) {
            float[] k = c.dog().kernel(c.size());
            assertThat(k).hasSize(c.size() * c.size());
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
        DifferenceOfGaussians dog = new DifferenceOfGaussians(1.7, 2.9);
        int size = 21;
        float[] k = dog.kernel(size);
        double half = (size - 1) / 2.0;
        // kernel = (value - dc) / norm: ratios of DC-free differences are independent of both
        double a = dog.value(10 - half, half - 10) - dog.value(4 - half, half - 9);
        double b = dog.value(13 - half, half - 11) - dog.value(4 - half, half - 9);
        double ka = k[10 * size + 10] - k[9 * size + 4];
        double kb = k[11 * size + 13] - k[9 * size + 4];
        assertThat(ka / kb).isCloseTo(a / b, within(1e-4));
        // the centre pixel is the largest: the filter is centred on the middle of the image
        assertThat(k[10 * size + 10]).isEqualTo(max(k));
    }

    /** 90 degrees maps the pixel grid onto itself, 37 degrees does not; within 1 % (measured: at most 2.5e-5). */
    @Test
    void responseAtThePeakSfIsTheSameAtEveryOrientation() {
        for (Case c : CASES) {
            float[] k = c.dog().kernel(c.size());
            double f = c.dog().peakSfCyclesPerPixel();
            double at0 = gratingAmplitude(k, c.size(), 0, f);
            for (double t : new double[] {37, 90}) {
                assertThat(gratingAmplitude(k, c.size(), t, f) / at0).as("%s at %s deg", c.dog(), t)
                        .isCloseTo(1.0, within(0.01));
            }
        }
    }

    @Test
    void rejectsSigmasThatAreNotACentreInsideAWiderSurround() {
        assertThatThrownBy(() -> new DifferenceOfGaussians(0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DifferenceOfGaussians(2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DifferenceOfGaussians(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DifferenceOfGaussians(1, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DifferenceOfGaussians.withPeakSf(0.1, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DifferenceOfGaussians.withPeakSf(0, 1.6)).isInstanceOf(IllegalArgumentException.class);
    }

    /** |sum_ij k_ij exp(-2 pi i f x_j)|: the kernel's spectrum along the x axis, computed directly. */
    private static double axisAmplitude(float[] k, int size, double f) {
        double half = (size - 1) / 2.0;
        double re = 0;
        double im = 0;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double arg = 2 * Math.PI * f * (j - half);
                re += k[i * size + j] * Math.cos(arg);
                im -= k[i * size + j] * Math.sin(arg);
            }
        }
        return Math.hypot(re, im);
    }

    /** Amplitude of the linear response over phase: responses to the sine and cosine phase gratings. */
    private static double gratingAmplitude(float[] k, int size, double orientation, double f) {
        float[] img = new float[size * size];
        new Grating(orientation, f, 0, 1.0, 0.5).render(size, Aperture.NONE, img, 0);
        double sine = dot(k, img);
        new Grating(orientation, f, 90, 1.0, 0.5).render(size, Aperture.NONE, img, 0);
        return Math.hypot(sine, dot(k, img));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int n = 0; n < a.length; n++) {
            s += (double) a[n] * b[n];
        }
        return s;
    }

    private static float max(float[] a) {
        float m = Float.NEGATIVE_INFINITY;
        for (float v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
