package org.unitscope.math.rf;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigenvalues and eigenvectors of a real symmetric matrix, by EJML's symmetric decomposition (Householder
 * tridiagonalisation, then the implicit symmetric QR algorithm; {@code DecompositionFactory_DDRM.eig(d, vectors,
 * true)}). Exact up to rounding, O(d^3). {@link #values(double[], int)} skips the eigenvectors, which is several
 * times faster: the nested shuffle test needs only the extreme eigenvalues of its null matrices.
 *
 * <p>Eigenvalues come in ascending order; eigenvector {@code k} is {@link #vector(int)}, unit norm (sign
 * arbitrary). Only symmetric input is meaningful.
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

    /** Decomposes the symmetric {@code n x n} row-major {@code matrix}. */
    public static SymmetricEigen of(double[] matrix, int n) {
        EigenDecomposition_F64<DMatrixRMaj> eig = decompose(matrix, n, true);
        Integer[] order = ascending(eig, n);
        double[] values = new double[n];
        double[][] rows = new double[n][];
        for (int k = 0; k < n; k++) {
            int source = order[k];
            values[k] = eig.getEigenvalue(source).getReal();
            DMatrixRMaj v = eig.getEigenVector(source);
            if (v == null) {
                throw new ArithmeticException("no eigenvector for eigenvalue " + values[k]);
            }
            double[] row = Arrays.copyOf(v.data, n);
            double norm = 0;
            for (double x : row) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < n; j++) {
                row[j] /= norm;
            }
            rows[k] = row;
        }
        return new SymmetricEigen(n, values, rows);
    }

    /** Eigenvalues only, ascending, of the symmetric {@code n x n} row-major {@code matrix}. */
    public static double[] values(double[] matrix, int n) {
        EigenDecomposition_F64<DMatrixRMaj> eig = decompose(matrix, n, false);
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = eig.getEigenvalue(k).getReal();
        }
        Arrays.sort(values);
        return values;
    }

    private static EigenDecomposition_F64<DMatrixRMaj> decompose(double[] matrix, int n, boolean vectors) {
        if (n < 1 || matrix == null || matrix.length != (long) n * n) {
            throw new IllegalArgumentException("need an n x n matrix with n >= 1");
        }
        for (int k = 0; k < matrix.length; k++) {
            if (!Double.isFinite(matrix[k])) {
                throw new IllegalArgumentException("matrix entry not finite at (" + k / n + ", " + k % n + ")");
            }
        }
        // a copy: the decomposition may overwrite its input
        DMatrixRMaj a = new DMatrixRMaj(n, n, true, matrix);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, vectors, true);
        if (!eig.decompose(a) || eig.getNumberOfEigenvalues() != n) {
            throw new ArithmeticException("symmetric eigen-decomposition did not converge (n = " + n + ")");
        }
        return eig;
    }

    /** Indices of the eigenvalues in ascending order. */
    private static Integer[] ascending(EigenDecomposition_F64<DMatrixRMaj> eig, int n) {
        Integer[] order = new Integer[n];
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
            v[k] = eig.getEigenvalue(k).getReal();
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        return order;
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
}
