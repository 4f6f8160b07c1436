package org.unitscope.math.linalg;

import java.util.List;
import java.util.Random;

/** Explicit symmetric matrices as an {@link OperatorBatch}, and random test matrices. */
final class DenseOperators implements OperatorBatch {
    private final List<double[]> matrices;
    private final int dim;
    int applications;

    DenseOperators(int dim, List<double[]> matrices) {
        this.dim = dim;
        this.matrices = matrices;
    }

    @Override
    public int dim() {
        return dim;
    }

    @Override
    public int size() {
        return matrices.size();
    }

    @Override
    public double[][][] apply(int[] target, double[][][] blocks) {
        double[][][] out = new double[blocks.length][][];
        for (int i = 0; i < blocks.length; i++) {
            out[i] = new double[blocks[i].length][];
            for (int t = 0; t < blocks[i].length; t++) {
                out[i][t] = times(matrices.get(target[i]), blocks[i][t]);
                applications++;
            }
        }
        return out;
    }

    double[] times(double[] m, double[] v) {
        double[] y = new double[dim];
        for (int i = 0; i < dim; i++) {
            double s = 0;
            for (int j = 0; j < dim; j++) {
                s += m[i * dim + j] * v[j];
            }
            y[i] = s;
        }
        return y;
    }

    /** A symmetric matrix with Gaussian entries. */
    static double[] randomSymmetric(int d, long seed) {
        Random random = new Random(seed);
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double v = random.nextGaussian();
                m[i * d + j] = v;
                m[j * d + i] = v;
            }
        }
        return m;
    }

    /** Q diag(values) Q^T for a random orthogonal Q. */
    static double[] withSpectrum(double[] values, long seed) {
        int d = values.length;
        double[][] q = SmallEigen.of(randomSymmetric(d, seed), d).vectors();
        double[] m = new double[d * d];
        for (int k = 0; k < d; k++) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    m[i * d + j] += values[k] * q[k][i] * q[k][j];
                }
            }
        }
        return m;
    }
}
