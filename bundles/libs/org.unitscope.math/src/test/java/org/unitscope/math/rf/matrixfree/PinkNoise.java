package org.unitscope.math.rf.matrixfree;

import java.util.Random;

/**
 * Gaussian 1/f ("pink") noise patches, size x size: white Gaussian noise filtered in the 2-D discrete Fourier domain by
 * an amplitude 1 / |f| (0 at f = 0), scaled to unit variance per pixel. Separable DFTs, O(size^3) per patch.
 */
final class PinkNoise {
    private final int size;
    private final double[] cos;
    private final double[] sin;
    private final double[] gain;

    PinkNoise(int size) {
        this.size = size;
        cos = new double[size * size];
        sin = new double[size * size];
        for (int k = 0; k < size; k++) {
            for (int x = 0; x < size; x++) {
                double phase = 2 * Math.PI * k * x / size;
                cos[k * size + x] = Math.cos(phase);
                sin[k * size + x] = Math.sin(phase);
            }
        }
        gain = new double[size * size];
        double energy = 0;
        for (int ky = 0; ky < size; ky++) {
            for (int kx = 0; kx < size; kx++) {
                double fy = Math.min(ky, size - ky);
                double fx = Math.min(kx, size - kx);
                double f = Math.hypot(fx, fy);
                double g = f == 0 ? 0 : 1 / f;
                gain[ky * size + kx] = g;
                energy += g * g;
            }
        }
        double scale = Math.sqrt(size * size / energy);
        for (int k = 0; k < gain.length; k++) {
            gain[k] *= scale;
        }
    }

    float[] patches(int n, long seed) {
        Random random = new Random(seed);
        int d = size * size;
        float[] out = new float[n * d];
        double[] re = new double[d];
        double[] im = new double[d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                re[k] = random.nextGaussian();
                im[k] = 0;
            }
            transform(re, im, -1);
            for (int k = 0; k < d; k++) {
                re[k] *= gain[k];
                im[k] *= gain[k];
            }
            transform(re, im, 1);
            for (int k = 0; k < d; k++) {
                out[i * d + k] = (float) (re[k] / d);
            }
        }
        return out;
    }

    /** In-place 2-D DFT (sign -1 forward, +1 inverse, unnormalised): rows, then columns. */
    private void transform(double[] re, double[] im, int sign) {
        double[] r = new double[size];
        double[] q = new double[size];
        for (int pass = 0; pass < 2; pass++) {
            for (int line = 0; line < size; line++) {
                for (int k = 0; k < size; k++) {
                    double sr = 0;
                    double si = 0;
                    for (int x = 0; x < size; x++) {
                        int at = pass == 0 ? line * size + x : x * size + line;
                        double c = cos[k * size + x];
                        double s = sign * sin[k * size + x];
                        sr += re[at] * c - im[at] * s;
                        si += re[at] * s + im[at] * c;
                    }
                    r[k] = sr;
                    q[k] = si;
                }
                for (int k = 0; k < size; k++) {
                    int at = pass == 0 ? line * size + k : k * size + line;
                    re[at] = r[k];
                    im[at] = q[k];
                }
            }
        }
    }
}
