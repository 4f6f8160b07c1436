package org.unitscope.rf.awc.internal;

import java.util.SplittableRandom;

/**
 * Ground truth on 10 x 10 patches of white Gaussian noise (mean 0.5, sd 0.2), made once per test JVM: unit 0 a complex
 * cell (energy model of a quadrature Gabor pair), unit 1 a simple cell (rectified even Gabor), unit 2 ignores its
 * input, unit 3 is silent (never active).
 */
final class WhiteNoiseUnits {
    static final int SIDE = 10;
    static final int D = SIDE * SIDE;
    static final int N = 20_000;
    private static WhiteNoiseUnits instance;

    final double[] even = gabor(0);
    final double[] odd = gabor(Math.PI / 2);
    final float[] patches = new float[N * D];
    final float[][] columns = new float[3][N];
    final float[] silent = new float[N];

    private WhiteNoiseUnits() {
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < N; k++) {
            double e = 0;
            double o = 0;
            for (int i = 0; i < D; i++) {
                double x = gaussian(r);
                patches[k * D + i] = (float) (0.5 + 0.2 * x);
                e += even[i] * x;
                o += odd[i] * x;
            }
            columns[0][k] = (float) Math.sqrt(e * e + o * o);
            columns[1][k] = (float) Math.max(0, e);
            columns[2][k] = (float) Math.abs(gaussian(r));
        }
    }

    static synchronized WhiteNoiseUnits get() {
        if (instance == null) {
            instance = new WhiteNoiseUnits();
        }
        return instance;
    }

    /** Unit-norm Gabor at 30 degrees, 0.2 cycles/px, sigma 2 px, with the given phase. */
    static double[] gabor(double phase) {
        double[] g = new double[D];
        double t = Math.toRadians(30);
        double norm = 0;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double cx = x - 4.5;
                double cy = y - 4.5;
                double u = cx * Math.cos(t) + cy * Math.sin(t);
                g[y * SIDE + x] = Math.exp(-(cx * cx + cy * cy) / 8) * Math.cos(2 * Math.PI * 0.2 * u + phase);
                norm += g[y * SIDE + x] * g[y * SIDE + x];
            }
        }
        for (int i = 0; i < D; i++) {
            g[i] /= Math.sqrt(norm);
        }
        return g;
    }

    static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
