package org.unitscope.rf.awa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.rf.RfAccumulator;

class ActivationWeightedAverageEstimatorTest {
    private final ActivationWeightedAverageEstimator estimator = new ActivationWeightedAverageEstimator();

    @Test
    void recoversALinearFilterAndShardsMerge() {
        int d = 25;
        int n = 8000;
        SplittableRandom r = new SplittableRandom(1);
        double[] w = new double[d];
        for (int i = 0; i < d; i++) {
            w[i] = Math.sin(i * 0.7);
        }
        float[] s = new float[n * d];
        float[] a = new float[n * 2];
        for (int k = 0; k < n; k++) {
            double dot = 0;
            for (int i = 0; i < d; i++) {
                s[k * d + i] = (float) (0.5 + 0.15 * gaussian(r));
                dot += w[i] * (s[k * d + i] - 0.5);
            }
            a[2 * k] = (float) Math.max(0, dot);  // a rectified linear unit
            a[2 * k + 1] = 0f;                    // a unit that never responds
        }
        Parameters p = Parameters.resolve(estimator.info(), Map.of());
        RfAccumulator whole = estimator.newAccumulator(d, 2, p);
        whole.add(s, a, n);
        RfAccumulator first = estimator.newAccumulator(d, 2, p);
        RfAccumulator second = estimator.newAccumulator(d, 2, p);
        first.add(java.util.Arrays.copyOf(s, n / 2 * d), java.util.Arrays.copyOf(a, n), n / 2);
        second.add(java.util.Arrays.copyOfRange(s, n / 2 * d, n * d), java.util.Arrays.copyOfRange(a, n, 2 * n), n / 2);
        first.merge(second);
        double[] awa = whole.finish().get("awa")[0];
        assertThat(correlation(awa, w)).isGreaterThan(0.95);
        double[] merged = first.finish().get("awa")[0];
        for (int i = 0; i < d; i++) {
            assertThat(merged[i]).isCloseTo(awa[i], org.assertj.core.data.Offset.offset(1e-9 * Math.abs(awa[i]) + 1e-12));
        }
        assertThat(whole.finish().get("awa")[1]).containsOnly(Double.NaN);
        assertThat(whole.finish().get("activation_sum")[1][0]).isZero();
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static double correlation(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
