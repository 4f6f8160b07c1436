package org.unitscope.math.linalg;

import java.util.List;

/** Dense vector helpers for the Krylov code: dot products, axpy, and classical Gram-Schmidt run twice. */
public final class Vectors {

    private Vectors() {
    }

    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    public static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** y += s x. */
    public static void axpy(double s, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += s * x[i];
        }
    }

    /**
     * Removes from {@code v} its components along the orthonormal vectors of {@code bases} (each a list of vectors),
     * by classical Gram-Schmidt done twice ("twice is enough": orthogonal to working precision).
     */
    @SafeVarargs
    public static void orthogonalize(double[] v, List<double[]>... bases) {
        for (int pass = 0; pass < 2; pass++) {
            for (List<double[]> basis : bases) {
                for (double[] q : basis) {
                    axpy(-dot(q, v), q, v);
                }
            }
        }
    }
}
