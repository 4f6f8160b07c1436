package org.unitscope.math.linalg;

/**
 * Eigenvalues of a symmetric tridiagonal matrix together with the last component of each unit eigenvector, in
 * O(n^2): the implicit QL algorithm with Wilkinson-type shifts (EISPACK tql2, as in JAMA), accumulating the rotations
 * on the last row of the eigenvector matrix only. The last components are what the Lanczos residuals need
 * (|beta| |z_last|), so single-vector Lanczos can look at its Ritz values without the O(n^3) full decomposition.
 *
 * @param values ascending
 * @param last   last component of the unit eigenvector of each value (sign arbitrary)
 */
record TridiagonalEigen(double[] values, double[] last) {

    private static final double EPS = Math.ulp(1.0);

    /**
     * @param diagonal    the n diagonal entries
     * @param offDiagonal the n - 1 entries coupling i and i + 1
     */
    static TridiagonalEigen of(double[] diagonal, double[] offDiagonal) {
        int n = diagonal.length;
        if (offDiagonal.length != Math.max(0, n - 1)) {
            throw new IllegalArgumentException("need n - 1 off-diagonal entries for n = " + n);
        }
        double[] d = diagonal.clone();
        double[] e = new double[n];
        System.arraycopy(offDiagonal, 0, e, 0, n - 1);
        double[] z = new double[n];
        if (n > 0) {
            z[n - 1] = 1;
        }
        ql(d, e, z);
        sort(d, z);
        return new TridiagonalEigen(d, z);
    }

    private static void ql(double[] d, double[] e, double[] z) {
        int n = d.length;
        double f = 0;
        double tst1 = 0;
        for (int l = 0; l < n; l++) {
            tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
            int m = l;
            while (m < n && Math.abs(e[m]) > EPS * tst1) {
                m++;
            }
            if (m > l) {
                int iterations = 0;
                do {
                    if (++iterations > 60) {
                        throw new ArithmeticException("tridiagonal QL did not converge (n = " + n + ")");
                    }
                    f += shift(d, e, l);
                    sweep(d, e, z, l, m);
                } while (Math.abs(e[l]) > EPS * tst1);
            }
            d[l] += f;
            e[l] = 0;
        }
    }

    /** Applies the implicit shift at l; returns the amount subtracted from d[l + 2 ..]. */
    private static double shift(double[] d, double[] e, int l) {
        double g = d[l];
        double p = (d[l + 1] - g) / (2 * e[l]);
        double r = Math.hypot(p, 1);
        if (p < 0) {
            r = -r;
        }
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        double h = g - d[l];
        for (int i = l + 2; i < d.length; i++) {
            d[i] -= h;
        }
        return h;
    }

    /** One implicit QL sweep from m - 1 down to l, rotations applied to the last eigenvector row z. */
    private static void sweep(double[] d, double[] e, double[] z, int l, int m) {
        double dl1 = d[l + 1];
        double p = d[m];
        double c = 1;
        double c2 = 1;
        double c3 = 1;
        double el1 = e[l + 1];
        double s = 0;
        double s2 = 0;
        for (int i = m - 1; i >= l; i--) {
            c3 = c2;
            c2 = c;
            s2 = s;
            double g = c * e[i];
            double h = c * p;
            double r = Math.hypot(p, e[i]);
            e[i + 1] = s * r;
            s = e[i] / r;
            c = p / r;
            p = c * d[i] - s * g;
            d[i + 1] = h + s * (c * g + s * d[i]);
            double zi1 = z[i + 1];
            z[i + 1] = s * z[i] + c * zi1;
            z[i] = c * z[i] - s * zi1;
        }
        p = -s * s2 * c3 * el1 * e[l] / dl1;
        e[l] = s * p;
        d[l] = c * p;
    }

    private static void sort(double[] d, double[] z) {
        for (int i = 0; i < d.length - 1; i++) {
            int k = i;
            for (int j = i + 1; j < d.length; j++) {
                if (d[j] < d[k]) {
                    k = j;
                }
            }
            if (k != i) {
                double t = d[i];
                d[i] = d[k];
                d[k] = t;
                t = z[i];
                z[i] = z[k];
                z[k] = t;
            }
        }
    }
}
