package org.unitscope.metric.category.internal;

import java.math.BigDecimal;
import java.util.Locale;
import org.unitscope.api.UnitscopeException;
import org.unitscope.math.stats.BenjaminiHochberg;
import org.unitscope.math.stats.Bonferroni;

/** The multiple-comparison correction over a layer's units, chosen by the "correction" parameter. */
enum Correction {
    FDR {
        @Override
        boolean[] significant(double[] p, double alpha) {
            return BenjaminiHochberg.significant(p, alpha);
        }

        @Override
        String describe(double alpha) {
            return "fdr q = " + plain(alpha);
        }
    },
    BONFERRONI {
        @Override
        boolean[] significant(double[] p, double alpha) {
            return Bonferroni.significant(p, alpha);
        }

        @Override
        String describe(double alpha) {
            return "bonferroni alpha = " + plain(alpha);
        }
    },
    NONE {
        @Override
        boolean[] significant(double[] p, double alpha) {
            boolean[] out = new boolean[p.length];
            for (int i = 0; i < p.length; i++) {
                out[i] = p[i] <= alpha;
            }
            return out;
        }

        @Override
        String describe(double alpha) {
            return "uncorrected p <= " + plain(alpha);
        }
    };

    /** Which of the tested units' p-values are significant at level alpha, in their order. */
    abstract boolean[] significant(double[] p, double alpha);

    /** The correction and its level as the layer summary states them. */
    abstract String describe(double alpha);

    /** The parameter value ("fdr", "bonferroni", "none"). */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Correction parse(String value) {
        for (Correction c : values()) {
            if (c.id().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new UnitscopeException("parameter 'correction' of 'category' must be fdr, bonferroni or none, not '"
                + value + "'");
    }

    private static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
