package org.unitscope.math.rf.matrixfree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unitscope.math.rf.PrincipalAngles;
import org.unitscope.math.stats.Correlation;

/** Whitening on ground truth: 1/f noise, and the uneven cells of a 31 px window in 2 px blocks. */
class WhiteningGroundTruthTest {

    private static UnitAwc awaOnly(float[] patches, int n, int d, float[] activations, boolean whiten) {
        AwcSettings settings = AwcSettings.of(39, 0.05, 0, 1);
        settings = whiten ? settings.withWhitening(Whitening.DEFAULT_RIDGE) : settings;
        return new MatrixFreeAwc(settings, MatrixFreeAwc.Kernels.java())
                .run(PatchSource.of(patches, n, d), new float[][] {activations}, () -> false).get(0);
    }

    private static float[] simpleCell(float[] patches, int n, int d, float[] gabor) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += patches[i * d + j] * gabor[j];
            }
            a[i] = (float) Math.max(0, s);
        }
        return a;
    }

    @Test
    void aSimpleCellsWhitenedAwaFromPinkNoiseMatchesItsGaborAsWellAsWhiteNoiseDoes() {
        int size = 16;
        int d = size * size;
        int n = 20_000;
        float[] gabor = new GroundTruthUnits(size, 1, 0).gabor(30).kernel(size);
        double[] truth = GroundTruthUnits.toDouble(gabor);
        float[] white = new GroundTruthUnits(size, n, 1).patches;
        float[] pink = new PinkNoise(size).patches(n, 2);
        double whiteRaw = Correlation.pearson(awaOnly(white, n, d, simpleCell(white, n, d, gabor), false).awaFilter(), truth);
        double pinkRaw = Correlation.pearson(awaOnly(pink, n, d, simpleCell(pink, n, d, gabor), false).awaFilter(), truth);
        double pinkWhitened = Correlation.pearson(awaOnly(pink, n, d, simpleCell(pink, n, d, gabor), true).awaFilter(),
                truth);
        System.out.printf("simple cell, d = %d, N = %d: AWA vs Gabor r = %.4f (white noise), %.4f (1/f noise), "
                + "%.4f (1/f noise, whitened, ridge %.2f)%n", d, n, whiteRaw, pinkRaw, pinkWhitened,
                Whitening.DEFAULT_RIDGE);
        assertThat(pinkRaw).isLessThan(0.85);
        assertThat(pinkWhitened).isGreaterThan(whiteRaw - 0.01);
    }

    private static double meanEdgeShare(UnitAwc u) {
        List<double[]> axes = new ArrayList<>(Arrays.asList(u.lowestAxes()));
        axes.addAll(Arrays.asList(u.highestAxes()));
        return axes.stream().mapToDouble(OddWindow::edgeShare).average().orElseThrow();
    }

    @Test
    void withoutWhiteningTheNoiseAxesOfAnOddWindowCrowdIntoItsEdgeCells() {
        OddWindow w = new OddWindow(20_000, 4);
        float[][] units = {w.independent(1), w.independent(2), w.independent(3), w.independent(4)};
        AwcSettings settings = AwcSettings.of(39, 0.05, 0, 1);
        List<UnitAwc> plain = new MatrixFreeAwc(settings, MatrixFreeAwc.Kernels.java()).run(w.source(), units, () -> false);
        List<UnitAwc> whitened = new MatrixFreeAwc(settings.withWhitening(Whitening.DEFAULT_RIDGE),
                MatrixFreeAwc.Kernels.java()).run(w.source(), units, () -> false);
        double uniform = 31.0 / OddWindow.D;
        double before = plain.stream().mapToDouble(WhiteningGroundTruthTest::meanEdgeShare).average().orElseThrow();
        double after = whitened.stream().mapToDouble(WhiteningGroundTruthTest::meanEdgeShare).average().orElseThrow();
        System.out.printf("odd window, units ignoring the stimuli: edge cells (%.1f %% of the cells) hold %.1f %% of the "
                + "energy of the 4 + 4 extreme AWC axes, %.1f %% after whitening%n", 100 * uniform, 100 * before,
                100 * after);
        assertThat(before).isGreaterThan(0.4);
        assertThat(after).isLessThan(0.2);
    }

    private static double worstAngle(double[][] truth, List<double[]> filters) {
        double[] angles = PrincipalAngles.degrees(truth, filters.toArray(new double[0][]));
        return angles[angles.length - 1];
    }

    @Test
    void whiteningKeepsTheAcceptedAxesOfAnOddWindowOffItsEdgeCellsAndCloserToTheTruth() {
        OddWindow w = new OddWindow(20_000, 3);
        float[][] units = {w.plaid(45), w.simple(45)};
        AwcSettings settings = AwcSettings.of(39, 0.05, 6, 7).withDenseBelow(Integer.MAX_VALUE);
        List<UnitAwc> plain = new MatrixFreeAwc(settings, MatrixFreeAwc.Kernels.java()).run(w.source(), units, () -> false);
        List<UnitAwc> whitened = new MatrixFreeAwc(settings.withWhitening(Whitening.DEFAULT_RIDGE),
                MatrixFreeAwc.Kernels.java()).run(w.source(), units, () -> false);
        double[][][] truths = {OddWindow.plaidTruth(45, false), OddWindow.simpleTruth(45, false)};
        double[][][] means = {OddWindow.plaidTruth(45, true), OddWindow.simpleTruth(45, true)};
        for (int u = 0; u < 2; u++) {
            List<double[]> p = u == 0 ? plain.get(u).excitatoryFilters() : plain.get(u).suppressiveFilters();
            List<double[]> q = u == 0 ? whitened.get(u).excitatoryFilters() : whitened.get(u).suppressiveFilters();
            System.out.printf("odd window, %s: plain %d+%d axes, worst angle %.1f deg to the cell sums, %.1f to the "
                    + "block means, edge share %.3f; whitened %d+%d axes, %.1f deg to the cell sums, edge share %.3f%n",
                    u == 0 ? "plaid" : "simple", plain.get(u).test().excitatory().size(),
                    plain.get(u).test().suppressive().size(), worstAngle(truths[u], p), worstAngle(means[u], p),
                    p.stream().mapToDouble(OddWindow::edgeShare).max().orElse(0),
                    whitened.get(u).test().excitatory().size(), whitened.get(u).test().suppressive().size(),
                    worstAngle(truths[u], q), q.stream().mapToDouble(OddWindow::edgeShare).max().orElse(0));
            assertThat(q).hasSize(u == 0 ? 4 : 1);
            assertThat(whitened.get(u).test().axisCount()).isEqualTo(q.size());
            assertThat(q).allMatch(f -> OddWindow.edgeShare(f) < 0.01);
            assertThat(worstAngle(truths[u], q)).isLessThan(Math.min(worstAngle(truths[u], p), worstAngle(means[u], p)) - 2);
        }
    }
}
