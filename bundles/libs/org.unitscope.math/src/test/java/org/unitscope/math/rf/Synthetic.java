package org.unitscope.math.rf;


import java.util.Random;

/** Ground-truth model units driven by white Gaussian noise (unit variance per pixel). */
final class Synthetic {

    private Synthetic() {
    }

    static float[] whiteNoise(int n, int d, long seed) {
        Random random = new Random(seed);
        float[] s = new float[n * d];
        for (int k = 0; k < s.length; k++) {
            s[k] = (float) random.nextGaussian();
        }
        return s;
    }

    static double project(float[] stimuli, int n, int d, float[] filter) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            s += stimuli[n * d + j] * filter[j];
        }
        return s;
    }

    /** a = ReLU(G . s). */
    static float[] simpleCell(float[] stimuli, int n, int d, float[] g) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.max(0.0, project(stimuli, i, d, g));
        }
        return a;
    }

    /** a = sqrt((G0 . s)^2 + (G90 . s)^2). */
    static float[] complexCell(float[] stimuli, int n, int d, float[] g0, float[] g90) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.hypot(project(stimuli, i, d, g0), project(stimuli, i, d, g90));
        }
        return a;
    }

    /** Activations independent of the stimuli: |N(0, 1)|. */
    static float[] ignoringUnit(int n, long seed) {
        Random random = new Random(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.abs(random.nextGaussian());
        }
        return a;
    }

    static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }


    static double quadratic(double[] m, int d, double[] v) {
        double s = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                s += v[i] * m[i * d + j] * v[j];
            }
        }
        return s;
    }
}
