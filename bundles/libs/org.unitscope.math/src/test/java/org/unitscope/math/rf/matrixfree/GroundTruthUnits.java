package org.unitscope.math.rf.matrixfree;

import java.util.Random;
import org.unitscope.math.gabor.DifferenceOfGaussians;
import org.unitscope.math.gabor.Gabor;

/** White-noise patches and ground-truth model units over them (as in the synthetic V1 network). */
final class GroundTruthUnits {
    final int size;
    final int d;
    final int n;
    final float[] patches;

    GroundTruthUnits(int size, int n, long seed) {
        this.size = size;
        this.d = size * size;
        this.n = n;
        Random random = new Random(seed);
        patches = new float[n * d];
        for (int k = 0; k < patches.length; k++) {
            patches[k] = (float) random.nextGaussian();
        }
    }

    PatchSource source() {
        return PatchSource.of(patches, n, d);
    }

    Gabor gabor(double orientation) {
        return new Gabor(orientation, 2.5 / size, 0, size / 6.0, 0, 0);
    }

    double project(int i, float[] filter) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            s += patches[i * d + j] * filter[j];
        }
        return s;
    }

    /** ReLU(G . s). */
    float[] simple(double orientation) {
        float[] g = gabor(orientation).kernel(size);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.max(0, project(i, g));
        }
        return a;
    }

    /** sqrt((G0 . s)^2 + (G90 . s)^2). */
    float[] complex(double orientation) {
        float[] g0 = gabor(orientation).kernel(size);
        float[] g90 = gabor(orientation).quadrature().kernel(size);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.hypot(project(i, g0), project(i, g90));
        }
        return a;
    }

    /** Two energy units at t and t + 90. */
    float[] plaid(double orientation) {
        float[] a = complex(orientation);
        float[] b = complex(orientation + 90);
        for (int i = 0; i < n; i++) {
            a[i] += b[i];
        }
        return a;
    }

    /** ReLU(DoG . s): no orientation. */
    float[] untuned() {
        float[] g = DifferenceOfGaussians.withPeakSf(2.5 / size, 1.6).kernel(size);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.max(0, project(i, g));
        }
        return a;
    }

    /** Never active: every activation negative (clamped to 0). */
    float[] silent() {
        float[] a = new float[n];
        java.util.Arrays.fill(a, -1f);
        return a;
    }

    /** Activations independent of the stimuli: a rectified Gaussian. */
    float[] independent(long seed) {
        Random random = new Random(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.max(0, random.nextGaussian());
        }
        return a;
    }

    static double[] toDouble(float[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }
}
