package org.unitscope.stimulus.noise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unitscope.api.stimulus.StimulusFormat;

/** 1/f noise: spectral slope, zero mean, exact RMS, and how often it clips at the default contrast. */
class PinkNoiseTest {
    /** Lowest ring of the fit: rings below hold few frequencies, and their average of a steep power law is most biased. */
    private static final int MIN_RADIUS = 4;

    /**
     * The radially averaged power spectrum falls as f^(-2 exponent): least-squares slope of log power against
     * log radius over the mid frequencies (radius 4 .. n/4 in DFT bins), averaged over stimuli. Sizes 64 (FFT)
     * and 60 (direct DFT) take both paths of the transform.
     */
    @ParameterizedTest
    @CsvSource({"64, 1.0", "64, 0.5", "64, 1.5", "60, 1.0"})
    void powerSpectrumSlopeIsMinusTwiceTheExponent(int n, double exponent) {
        int count = 100;
        StimulusFormat format = new StimulusFormat(n, 1, n);
        // RMS 0.1 around 0.5: the bounds are 5 RMS away, so clipping does not bend the spectrum
        float[] x = NoiseFixtures.renderAll(NoiseFixtures.open(format, 11, "type", "pink", "count", count,
                "contrast", 0.1, "pinkExponent", exponent));
        int maxRadius = n / 4;
        double[] power = new double[maxRadius + 1];
        int[] bins = new int[maxRadius + 1];
        RealDft2d dft = new RealDft2d(n); // checked against the definition in DftTest
        for (int i = 0; i < count; i++) {
            double[] centred = new double[n * n];
            double[] re = new double[n * n];
            double[] im = new double[n * n];
            for (int j = 0; j < n * n; j++) {
                centred[j] = x[i * n * n + j] - 0.5;
            }
            dft.forward(centred, re, im);
            for (int ky = 0; ky < n; ky++) {
                for (int kx = 0; kx < n; kx++) {
                    int fy = ky <= n / 2 ? ky : ky - n;
                    int fx = kx <= n / 2 ? kx : kx - n;
                    int r = (int) Math.round(Math.sqrt(fx * fx + fy * fy));
                    if (r >= MIN_RADIUS && r <= maxRadius) {
                        power[r] += re[ky * n + kx] * re[ky * n + kx] + im[ky * n + kx] * im[ky * n + kx];
                        bins[r]++;
                    }
                }
            }
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int m = 0;
        for (int r = MIN_RADIUS; r <= maxRadius; r++) {
            double lx = Math.log(r);
            double ly = Math.log(power[r] / bins[r]);
            sx += lx;
            sy += ly;
            sxx += lx * lx;
            sxy += lx * ly;
            m++;
        }
        double slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
        System.out.printf("noise pink n=%d exponent=%.1f: power spectrum slope %.3f (expected %.1f)%n", n, exponent, slope, -2 * exponent);
        assertThat(slope).isCloseTo(-2 * exponent, within(0.15));
    }

    @Test
    void everyStimulusHasMeanZeroAndTheRequestedRms() {
        NoiseSequence s = NoiseFixtures.open(new StimulusFormat(48, 1, 48), 12, "type", "pink", "count", 50, "contrast", 0.08);
        for (int i = 0; i < s.count(); i++) {
            float[] p = s.patch(i);
            // float storage rounds each value by < 3e-8
            assertThat(NoiseFixtures.mean(p)).isCloseTo(0.5, within(1e-6));
            assertThat(NoiseFixtures.sd(p)).isCloseTo(0.08, within(1e-6));
        }
    }

    @Test
    void theFilterIsSymmetricSoTheInverseIsReal() {
        int n = 15;
        double[] a = PinkPlane.amplitudes(n, 1.3);
        assertThat(a[0]).isZero();
        for (int ky = 0; ky < n; ky++) {
            for (int kx = 0; kx < n; kx++) {
                assertThat(a[ky * n + kx]).isEqualTo(a[((n - ky) % n) * n + (n - kx) % n]);
            }
        }
        // amplitude at (1, 0) bins is f^-e with f = 1/n cycles/px
        assertThat(a[1]).isCloseTo(Math.pow(1.0 / n, -1.3), within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"32, 2000", "92, 300"})
    void clippingAtTheDefaultContrastIsBelowOnePercent(int n, int count) {
        NoiseSequence s = NoiseFixtures.open(new StimulusFormat(n, 1, n), 13, "type", "pink", "count", count);
        float[] x = NoiseFixtures.renderAll(s);
        int clipped = 0;
        for (float v : x) {
            if (v == 0f || v == 1f) {
                clipped++;
            }
        }
        double fraction = (double) clipped / x.length;
        System.out.printf("noise pink %dx%d RMS %.2f: %.4f%% of pixels clipped (%d of %d)%n",
                n, n, NoiseSettings.GAUSSIAN_DEFAULT_CONTRAST, 100 * fraction, clipped, x.length);
        assertThat(fraction).isLessThan(0.01);
    }
}
