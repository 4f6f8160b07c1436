package org.unitscope.math.rf.matrixfree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.unitscope.math.rf.NestedShuffleTest;
import org.unitscope.math.rf.SymmetricEigen;

/**
 * The dense path for small d: the d x d AWCs of a batch of units and of their shuffles are formed (one pass of
 * weighted second moments of the centred patches through a {@link MomentKernel}: AWC_j = X_c^T diag(a_j) X_c / S_j
 * - C_0 - AWA_j AWA_j^T, whitened as W AWC_j W), the observed one fully decomposed and all handed to the dense
 * {@link NestedShuffleTest#test} (only the observed one is formed when maxAxes is 0). Memory: (R + 1) d^2 doubles per
 * unit of the batch.
 */
final class DenseAwcPath {

    /** One unit's full spectrum, its k extreme eigenpairs and its test. */
    record Outcome(SymmetricEigen eigen, NestedShuffleTest.Result test) {
    }

    private DenseAwcPath() {
    }

    /**
     * @param pseudo the batch's pseudo-units (units x (R + 1), unit-major, all of active units)
     * @param awa    their AWAs (unwhitened)
     */
    static List<Outcome> run(PassRunner passes, PatchStatistics statistics, ShuffledColumns columns, int[] pseudo,
            double[][] awa, Whitening whitening, AwcSettings settings, BooleanSupplier stop) {
        int d = passes.dim();
        int perUnit = settings.shuffles() + 1;
        boolean testing = settings.maxAxes() > 0 && d > 1;
        int[] formed = testing ? pseudo : observedOnly(pseudo, perUnit);
        double[][] moments = passes.run(PatchPass.secondMoments(statistics.mean(), formed), columns, stop);
        double[][] second = java.util.Arrays.copyOfRange(moments, 1, moments.length);
        NestedShuffleTest test = new NestedShuffleTest(settings.shuffles(), settings.alpha(), settings.maxAxes(),
                settings.seed());
        List<Outcome> out = new ArrayList<>();
        for (int b = 0; b < pseudo.length / perUnit; b++) {
            double[] observed = null;
            List<double[]> nulls = new ArrayList<>();
            for (int r = 0; r < (testing ? perUnit : 1); r++) {
                int k = testing ? b * perUnit + r : b;
                double total = columns.activationSum(formed[k] / columns.perUnit());
                double[] m = awc(second[k], total, statistics.covariance(), awa[b * perUnit + r], d);
                second[k] = null;
                m = whitening == null ? m : whitening.sandwich(m);
                if (r == 0) {
                    observed = m;
                } else {
                    nulls.add(m);
                }
            }
            NestedShuffleTest.Result result = testing ? test.test(observed, nulls, d, stop)
                    : new NestedShuffleTest.Result(List.of(), List.of());
            out.add(new Outcome(SymmetricEigen.of(observed, d), result));
        }
        return out;
    }

    /** The observed pseudo-unit of each unit: no shuffle is formed when nothing is tested. */
    private static int[] observedOnly(int[] pseudo, int perUnit) {
        int[] out = new int[pseudo.length / perUnit];
        for (int b = 0; b < out.length; b++) {
            out[b] = pseudo[b * perUnit];
        }
        return out;
    }

    /** sum a x x^T / S - C_0 - AWA AWA^T from the upper triangle of the sum, symmetric. */
    private static double[] awc(double[] sum, double total, double[] c0, double[] awa, int d) {
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                double v = sum[i * d + j] / total - c0[i * d + j] - awa[i] * awa[j];
                m[i * d + j] = v;
                m[j * d + i] = v;
            }
        }
        return m;
    }
}
