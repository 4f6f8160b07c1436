package org.unitscope.stimulus.noise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The transforms against the definition X_k = sum_j x_j exp(-2 pi i jk/n), summed here term by term. */
class DftTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8, 16, 64, 3, 5, 7, 12, 15, 92})
    void oneDimensionalMatchesTheDefinition(int n) {
        Random random = new Random(n);
        double[] xr = gaussians(random, n);
        double[] xi = gaussians(random, n);
        // embedded with stride 3 at offset 2, as columns of a plane are
        double[] re = new double[2 + 3 * n];
        double[] im = new double[2 + 3 * n];
        for (int j = 0; j < n; j++) {
            re[2 + 3 * j] = xr[j];
            im[2 + 3 * j] = xi[j];
        }
        new Dft1d(n).transform(re, im, 2, 3, false);
        for (int k = 0; k < n; k++) {
            double sr = 0;
            double si = 0;
            for (int j = 0; j < n; j++) {
                double angle = -2 * Math.PI * ((long) j * k % n) / n;
                sr += xr[j] * Math.cos(angle) - xi[j] * Math.sin(angle);
                si += xr[j] * Math.sin(angle) + xi[j] * Math.cos(angle);
            }
            assertThat(re[2 + 3 * k]).as("re X_%d", k).isCloseTo(sr, within(1e-9));
            assertThat(im[2 + 3 * k]).as("im X_%d", k).isCloseTo(si, within(1e-9));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 8, 16, 3, 12, 15, 28})
    void twoDimensionalOnRealInputMatchesTheDefinition(int n) {
        Random random = new Random(100 + n);
        double[] x = gaussians(random, n * n);
        double[] re = new double[n * n];
        double[] im = new double[n * n];
        new RealDft2d(n).forward(x.clone(), re, im);
        for (int ky = 0; ky < n; ky++) {
            for (int kx = 0; kx < n; kx++) {
                double sr = 0;
                double si = 0;
                for (int y = 0; y < n; y++) {
                    for (int xx = 0; xx < n; xx++) {
                        double angle = -2 * Math.PI * ((double) ((long) xx * kx % n) / n + (double) ((long) y * ky % n) / n);
                        sr += x[y * n + xx] * Math.cos(angle);
                        si += x[y * n + xx] * Math.sin(angle);
                    }
                }
                assertThat(re[ky * n + kx]).isCloseTo(sr, within(1e-9));
                assertThat(im[ky * n + kx]).isCloseTo(si, within(1e-9));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 16, 15, 92, 128})
    void inverseUndoesForward(int n) {
        // forward is checked against the definition above, so this checks the inverse on every Hermitian spectrum
        Random random = new Random(n);
        double[] x = gaussians(random, n * n);
        double[] re = new double[n * n];
        double[] im = new double[n * n];
        double[] back = new double[n * n];
        RealDft2d dft = new RealDft2d(n);
        dft.forward(x, re, im);
        dft.inverse(re, im, back);
        for (int j = 0; j < n * n; j++) {
            assertThat(back[j]).isCloseTo(x[j], within(1e-9));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8})
    void oneDimensionalInverseMatchesTheDefinition(int n) {
        Random random = new Random(n);
        double[] xr = gaussians(random, n);
        double[] xi = gaussians(random, n);
        double[] re = xr.clone();
        double[] im = xi.clone();
        new Dft1d(n).transform(re, im, 0, 1, true);
        for (int j = 0; j < n; j++) {
            double sr = 0;
            double si = 0;
            for (int k = 0; k < n; k++) {
                double angle = 2 * Math.PI * ((long) j * k % n) / n;
                sr += xr[k] * Math.cos(angle) - xi[k] * Math.sin(angle);
                si += xr[k] * Math.sin(angle) + xi[k] * Math.cos(angle);
            }
            assertThat(re[j]).isCloseTo(sr / n, within(1e-9));
            assertThat(im[j]).isCloseTo(si / n, within(1e-9));
        }
    }

    private static double[] gaussians(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }
}
