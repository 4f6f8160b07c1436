package org.unitscope.math.stats;

import static org.assertj.core.api.Assertions.assertThat;

/** Relative-error assertion, for values (p-values, beta integrals) that span hundreds of decades. */
final class Relative {

    private Relative() {
    }

    static void close(double actual, double expected, double tolerance, String what) {
        double error = Math.abs(actual - expected) / Math.abs(expected);
        assertThat(error).as("%s: got %s, expected %s", what, actual, expected).isLessThanOrEqualTo(tolerance);
    }
}
