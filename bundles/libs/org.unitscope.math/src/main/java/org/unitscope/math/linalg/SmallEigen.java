package org.unitscope.math.linalg;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigen-decomposition of the small projected matrices of the Krylov methods (EJML's symmetric QR algorithm):
 * eigenvalues ascending, eigenvector k as row k of {@link #vectors}.
 *
 * @param values  ascending
 * @param vectors row k is the unit eigenvector of values[k]
 */
record SmallEigen(double[] values, double[][] vectors) {

    /** Eigenvalues only, ascending (several times cheaper than {@link #of}). */
    static double[] values(double[] matrix, int n) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(new DMatrixRMaj(n, n, true, matrix)) || eig.getNumberOfEigenvalues() != n) {
            throw new ArithmeticException("symmetric eigen-decomposition did not converge (n = " + n + ")");
        }
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = eig.getEigenvalue(k).getReal();
        }
        Arrays.sort(values);
        return values;
    }

    static SmallEigen of(double[] matrix, int n) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(new DMatrixRMaj(n, n, true, matrix)) || eig.getNumberOfEigenvalues() != n) {
            throw new ArithmeticException("symmetric eigen-decomposition did not converge (n = " + n + ")");
        }
        Integer[] order = new Integer[n];
        double[] raw = new double[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
            raw[k] = eig.getEigenvalue(k).getReal();
        }
        Arrays.sort(order, (a, b) -> Double.compare(raw[a], raw[b]));
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int k = 0; k < n; k++) {
            values[k] = raw[order[k]];
            double[] v = Arrays.copyOf(eig.getEigenVector(order[k]).data, n);
            double norm = Vectors.norm(v);
            for (int i = 0; i < n; i++) {
                v[i] /= norm;
            }
            vectors[k] = v;
        }
        return new SmallEigen(values, vectors);
    }
}
