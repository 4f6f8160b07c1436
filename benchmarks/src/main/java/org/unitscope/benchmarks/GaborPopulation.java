package org.unitscope.benchmarks;

import org.unitscope.math.gabor.Gabor;

/**
 * White Gaussian noise patches (size x size, N of them, float32) and a population of model units over them: even
 * units simple cells ReLU(G . s), odd units complex cells sqrt((G0 . s)^2 + (G90 . s)^2), orientations spread over
 * 180 deg, 3 to 6 cycles per window, envelope sigma = size / 6.
 */
final class GaborPopulation {
    final int size;
    final int d;
    final int n;
    final float[] patches;
    final float[][] units;

    GaborPopulation(int size, int n, int unitCount, long seed) {
        this.size = size;
        this.d = size * size;
        this.n = n;
        this.patches = MomentRates.gaussian(n * d, seed);
        this.units = new float[unitCount][];
        for (int u = 0; u < unitCount; u++) {
            double orientation = 180.0 * u / unitCount;
            double sf = (3 + 3.0 * (u % 5) / 4) / size;
            Gabor g = new Gabor(orientation, sf, 0, size / 6.0, 0, 0);
            units[u] = u % 2 == 0 ? simple(g.kernel(size)) : complex(g.kernel(size), g.quadrature().kernel(size));
        }
    }

    private double project(int i, float[] filter) {
        double s = 0;
        int row = i * d;
        for (int j = 0; j < d; j++) {
            s += patches[row + j] * filter[j];
        }
        return s;
    }

    private float[] simple(float[] g) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.max(0, project(i, g));
        }
        return a;
    }

    private float[] complex(float[] g0, float[] g90) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.hypot(project(i, g0), project(i, g90));
        }
        return a;
    }
}
