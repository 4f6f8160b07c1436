package org.unitscope.math.rf;

import java.util.Arrays;

/**
 * Principal angles between two subspaces of R^d, each given by spanning vectors: orthonormalise both
 * (Gram-Schmidt), then the cosines of the angles are the singular values of Q1^T Q2, obtained here as square
 * roots of the eigenvalues of (Q1^T Q2)^T (Q1^T Q2). Used to score how well AWC axes recover a known
 * subspace regardless of the basis chosen inside it.
 */
public final class PrincipalAngles {

    private PrincipalAngles() {
    }

    /**
     * Principal angles in degrees, ascending, between span(a) and span(b) (same dimension d, each list
     * linearly independent); min(|a|, |b|) angles.
     */
    public static double[] degrees(double[][] a, double[][] b) {
        double[][] q1 = orthonormal(a);
        double[][] q2 = orthonormal(b);
        if (q1[0].length != q2[0].length) {
            throw new IllegalArgumentException("subspaces of different ambient dimension");
        }
        double[][] small = q1.length <= q2.length ? q1 : q2;
        double[][] large = small == q1 ? q2 : q1;
        int k = small.length;
        int l = large.length;
        double[] m = new double[k * l];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < l; j++) {
                m[i * l + j] = dot(small[i], large[j]);
            }
        }
        double[] mmt = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int t = 0; t < l; t++) {
                    s += m[i * l + t] * m[j * l + t];
                }
                mmt[i * k + j] = s;
            }
        }
        double[] cos2 = SymmetricEigen.of(mmt, k).values();
        double[] angles = new double[k];
        for (int i = 0; i < k; i++) {
            double c = Math.sqrt(Math.max(0.0, Math.min(1.0, cos2[i])));
            angles[i] = Math.toDegrees(Math.acos(c));
        }
        Arrays.sort(angles);
        return angles;
    }

    /** Orthonormal basis of the span of {@code vectors} by modified Gram-Schmidt; rejects dependent input. */
    static double[][] orthonormal(double[][] vectors) {
        if (vectors == null || vectors.length == 0) {
            throw new IllegalArgumentException("need at least one vector");
        }
        double[][] q = new double[vectors.length][];
        for (int i = 0; i < vectors.length; i++) {
            double[] v = vectors[i].clone();
            double original = Math.sqrt(dot(v, v));
            for (int j = 0; j < i; j++) {
                double p = dot(q[j], v);
                for (int t = 0; t < v.length; t++) {
                    v[t] -= p * q[j][t];
                }
            }
            double norm = Math.sqrt(dot(v, v));
            if (!(norm > 1e-10 * original)) {
                throw new IllegalArgumentException("vectors are linearly dependent");
            }
            for (int t = 0; t < v.length; t++) {
                v[t] /= norm;
            }
            q[i] = v;
        }
        return q;
    }

    static double dot(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("lengths differ: " + a.length + ", " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
