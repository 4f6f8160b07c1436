package org.unitscope.math.stats;

/** Bonferroni correction: with m tests, reject where p <= alpha / m, which bounds the family-wise error by alpha. */
public final class Bonferroni {

    private Bonferroni() {
    }

    /** Which of the m p-values are significant at family-wise level {@code alpha}, in the input order. */
    public static boolean[] significant(double[] p, double alpha) {
        PValues.check(p, alpha, "alpha");
        boolean[] out = new boolean[p.length];
        double threshold = alpha / p.length;
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i] <= threshold;
        }
        return out;
    }
}
