package org.unitscope.math.rf.matrixfree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The level of the matrix-free nested shuffle test: 200 units whose activations do not depend on the stimuli (three
 * kinds: half-normal, rectified Gaussian with half zeros, sparse exponential with 90 % zeros). The share of them with
 * any accepted axis must lie in the central 99 % of Binomial(200, alpha).
 */
class NullFalsePositiveRateTest {

    private static final int UNITS = 200;
    private static final double ALPHA = 0.05;

    private static float[][] nullUnits(int n) {
        Random random = new Random(77);
        float[][] out = new float[UNITS][n];
        for (int u = 0; u < UNITS; u++) {
            for (int i = 0; i < n; i++) {
                double g = random.nextGaussian();
                out[u][i] = (float) switch (u % 3) {
                    case 0 -> Math.abs(g);
                    case 1 -> Math.max(0, g);
                    default -> random.nextDouble() < 0.9 ? 0 : -Math.log(random.nextDouble());
                };
            }
        }
        return out;
    }

    /** P(X <= k) for X ~ Binomial(n, p). */
    static double binomialCdf(int k, int n, double p) {
        double sum = 0;
        for (int i = 0; i <= k; i++) {
            sum += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
        }
        return sum;
    }

    private static double logChoose(int n, int k) {
        double s = 0;
        for (int i = 1; i <= k; i++) {
            s += Math.log(n - k + i) - Math.log(i);
        }
        return s;
    }

    @Test
    void theBinomialBoundsOfAlphaAreTheCentral99Percent() {
        int[] bounds = bounds(UNITS, ALPHA);
        assertThat(bounds).containsExactly(3, 19);
        // P(X <= 2) and P(X >= 20) are each at most 0.5 %; widening by one on either side would not be
        assertThat(binomialCdf(2, UNITS, ALPHA)).isLessThanOrEqualTo(0.005);
        assertThat(binomialCdf(3, UNITS, ALPHA)).isGreaterThan(0.005);
        assertThat(1 - binomialCdf(19, UNITS, ALPHA)).isLessThanOrEqualTo(0.005);
        assertThat(1 - binomialCdf(18, UNITS, ALPHA)).isGreaterThan(0.005);
    }

    /** The smallest and largest counts of the central 99 % of Binomial(n, p). */
    static int[] bounds(int n, double p) {
        int lower = 0;
        while (binomialCdf(lower, n, p) <= 0.005) {
            lower++;
        }
        int upper = n;
        while (1 - binomialCdf(upper - 1, n, p) <= 0.005) {
            upper--;
        }
        return new int[] {lower, upper};
    }

    @Test
    void unitsIgnoringTheStimuliGetAnAxisAtRateAlpha() {
        GroundTruthUnits g = new GroundTruthUnits(6, 2000, 31);
        AwcSettings settings = AwcSettings.of(39, ALPHA, 3, 5).withDenseBelow(0).withUnitsPerBatch(50);
        List<UnitAwc> results = new MatrixFreeAwc(settings, MatrixFreeAwc.Kernels.java())
                .run(g.source(), nullUnits(g.n), () -> false);
        long withAxis = results.stream().filter(r -> r.test().axisCount() > 0).count();
        int[] bounds = bounds(UNITS, ALPHA);
        System.out.printf("false-positive rate of the matrix-free nested test (d = %d, N = %d, R = 39, alpha = %.2f): "
                + "%d of %d null units = %.3f; 99%% binomial bounds [%d, %d]%n", g.d, g.n, ALPHA, withAxis, UNITS,
                withAxis / (double) UNITS, bounds[0], bounds[1]);
        assertThat(results).allMatch(UnitAwc::converged);
        assertThat(withAxis).isBetween((long) bounds[0], (long) bounds[1]);
    }
}
