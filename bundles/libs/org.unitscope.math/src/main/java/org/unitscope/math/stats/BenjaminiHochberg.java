package org.unitscope.math.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The Benjamini-Hochberg (1995) step-up procedure, which keeps the false discovery rate at or below q for
 * independent (or positively dependent) tests: sort the m p-values, find the largest rank k with
 * p_(k) <= k q / m, and reject the k hypotheses with the smallest p-values.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    /** Which of the m p-values are discoveries at false discovery rate {@code q}, in the input order. */
    public static boolean[] significant(double[] p, double q) {
        PValues.check(p, q, "q");
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        int cutoff = 0;
        for (int rank = m; rank >= 1; rank--) {
            if (p[order[rank - 1]] <= rank * q / m) {
                cutoff = rank;
                break;
            }
        }
        boolean[] out = new boolean[m];
        for (int rank = 0; rank < cutoff; rank++) {
            out[order[rank]] = true;
        }
        return out;
    }
}
