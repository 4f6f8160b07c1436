package org.unitscope.math.rf;

/**
 * Eigenvalues and eigenvectors of a real symmetric matrix by Householder tridiagonalisation followed by the
 * implicit QL algorithm (the EISPACK tred2 / tql2 pair, as in JAMA). Exact up to rounding, no convergence
 * tuning; cost about (4/3 + 6) d^3 flops with eigenvectors, so a d = 1000 matrix takes a few seconds.
 * The QL rotations run on eigenvector rows (contiguous memory) rather than columns.
 *
 * Eigenvalues come in ascending order; eigenvector {@code k} is {@link #vector(int)}, unit norm.
 */
public final class SymmetricEigen {

    private final int n;
    private final double[] values;
    /** Row k is the eigenvector of values[k]. */
    private final double[][] vectors;

    private SymmetricEigen(int n, double[] values, double[][] vectors) {
        this.n = n;
        this.values = values;
        this.vectors = vectors;
    }

    /** Decomposes the symmetric {@code n x n} row-major {@code matrix} (only symmetric input is meaningful). */
    public static SymmetricEigen of(double[] matrix, int n) {
        if (n < 1 || matrix == null || matrix.length != (long) n * n) {
            throw new IllegalArgumentException("need an n x n matrix with n >= 1");
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = matrix[i * n + j];
                if (!Double.isFinite(a)) {
                    throw new IllegalArgumentException("matrix entry not finite at (" + i + ", " + j + ")");
                }
                v[i][j] = a;
            }
        }
        double[] d = new double[n];
        double[] e = new double[n];
        tred2(n, v, d, e);
        double[][] rows = transpose(v);
        tql2(n, rows, d, e);
        sort(n, d, rows);
        return new SymmetricEigen(n, d, rows);
    }

    public int size() {
        return n;
    }

    /** Eigenvalues, ascending. */
    public double[] values() {
        return values.clone();
    }

    public double value(int k) {
        return values[k];
    }

    /** Unit eigenvector of {@link #value(int) value(k)}. */
    public double[] vector(int k) {
        return vectors[k].clone();
    }

    private static double[][] transpose(double[][] a) {
        int n = a.length;
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** Householder reduction to tridiagonal form: d the diagonal, e the sub-diagonal, v the transformation. */
    private static void tred2(int n, double[][] v, double[] d, double[] e) {
        for (int j = 0; j < n; j++) {
            d[j] = v[n - 1][j];
        }
        for (int i = n - 1; i > 0; i--) {
            double scale = 0.0;
            double h = 0.0;
            for (int k = 0; k < i; k++) {
                scale += Math.abs(d[k]);
            }
            if (scale == 0.0) {
                e[i] = d[i - 1];
                for (int j = 0; j < i; j++) {
                    d[j] = v[i - 1][j];
                    v[i][j] = 0.0;
                    v[j][i] = 0.0;
                }
            } else {
                for (int k = 0; k < i; k++) {
                    d[k] /= scale;
                    h += d[k] * d[k];
                }
                double f = d[i - 1];
                double g = Math.sqrt(h);
                if (f > 0) {
                    g = -g;
                }
                e[i] = scale * g;
                h -= f * g;
                d[i - 1] = f - g;
                for (int j = 0; j < i; j++) {
                    e[j] = 0.0;
                }
                for (int j = 0; j < i; j++) {
                    f = d[j];
                    v[j][i] = f;
                    g = e[j] + v[j][j] * f;
                    for (int k = j + 1; k <= i - 1; k++) {
                        g += v[k][j] * d[k];
                        e[k] += v[k][j] * f;
                    }
                    e[j] = g;
                }
                f = 0.0;
                for (int j = 0; j < i; j++) {
                    e[j] /= h;
                    f += e[j] * d[j];
                }
                double hh = f / (h + h);
                for (int j = 0; j < i; j++) {
                    e[j] -= hh * d[j];
                }
                for (int j = 0; j < i; j++) {
                    f = d[j];
                    g = e[j];
                    for (int k = j; k <= i - 1; k++) {
                        v[k][j] -= f * e[k] + g * d[k];
                    }
                    d[j] = v[i - 1][j];
                    v[i][j] = 0.0;
                }
            }
            d[i] = h;
        }
        for (int i = 0; i < n - 1; i++) {
            v[n - 1][i] = v[i][i];
            v[i][i] = 1.0;
            double h = d[i + 1];
            if (h != 0.0) {
                for (int k = 0; k <= i; k++) {
                    d[k] = v[k][i + 1] / h;
                }
                for (int j = 0; j <= i; j++) {
                    double g = 0.0;
                    for (int k = 0; k <= i; k++) {
                        g += v[k][i + 1] * v[k][j];
                    }
                    for (int k = 0; k <= i; k++) {
                        v[k][j] -= g * d[k];
                    }
                }
            }
            for (int k = 0; k <= i; k++) {
                v[k][i + 1] = 0.0;
            }
        }
        for (int j = 0; j < n; j++) {
            d[j] = v[n - 1][j];
            v[n - 1][j] = 0.0;
        }
        v[n - 1][n - 1] = 1.0;
        e[0] = 0.0;
    }

    /** Implicit QL on the tridiagonal (d, e); rows[k] accumulates eigenvector k. */
    private static void tql2(int n, double[][] rows, double[] d, double[] e) {
        for (int i = 1; i < n; i++) {
            e[i - 1] = e[i];
        }
        e[n - 1] = 0.0;
        double f = 0.0;
        double tst1 = 0.0;
        double eps = Math.ulp(1.0);
        int maxIterations = 60 * n + 60;
        int iterations = 0;
        for (int l = 0; l < n; l++) {
            tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
            int m = l;
            while (m < n - 1 && Math.abs(e[m]) > eps * tst1) {
                m++;
            }
            if (m > l) {
                do {
                    if (++iterations > maxIterations) {
                        throw new ArithmeticException("QL iteration did not converge");
                    }
                    double g = d[l];
                    double p = (d[l + 1] - g) / (2.0 * e[l]);
                    double r = Math.hypot(p, 1.0);
                    if (p < 0) {
                        r = -r;
                    }
                    d[l] = e[l] / (p + r);
                    d[l + 1] = e[l] * (p + r);
                    double dl1 = d[l + 1];
                    double h = g - d[l];
                    for (int i = l + 2; i < n; i++) {
                        d[i] -= h;
                    }
                    f += h;
                    p = d[m];
                    double c = 1.0;
                    double c2 = c;
                    double c3 = c;
                    double el1 = e[l + 1];
                    double s = 0.0;
                    double s2 = 0.0;
                    for (int i = m - 1; i >= l; i--) {
                        c3 = c2;
                        c2 = c;
                        s2 = s;
                        g = c * e[i];
                        h = c * p;
                        r = Math.hypot(p, e[i]);
                        e[i + 1] = s * r;
                        s = e[i] / r;
                        c = p / r;
                        p = c * d[i] - s * g;
                        d[i + 1] = h + s * (c * g + s * d[i]);
                        double[] lo = rows[i];
                        double[] hi = rows[i + 1];
                        for (int k = 0; k < n; k++) {
                            double t = hi[k];
                            hi[k] = s * lo[k] + c * t;
                            lo[k] = c * lo[k] - s * t;
                        }
                    }
                    p = -s * s2 * c3 * el1 * e[l] / dl1;
                    e[l] = s * p;
                    d[l] = c * p;
                } while (Math.abs(e[l]) > eps * tst1);
            }
            d[l] += f;
            e[l] = 0.0;
        }
    }

    private static void sort(int n, double[] d, double[][] rows) {
        for (int i = 0; i < n - 1; i++) {
            int k = i;
            for (int j = i + 1; j < n; j++) {
                if (d[j] < d[k]) {
                    k = j;
                }
            }
            if (k != i) {
                double t = d[k];
                d[k] = d[i];
                d[i] = t;
                double[] row = rows[k];
                rows[k] = rows[i];
                rows[i] = row;
            }
        }
    }
}
