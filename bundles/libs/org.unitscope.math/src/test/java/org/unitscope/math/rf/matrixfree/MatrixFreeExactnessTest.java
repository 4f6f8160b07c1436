package org.unitscope.math.rf.matrixfree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unitscope.math.rf.NestedShuffleTest;
import org.unitscope.math.rf.PrincipalAngles;

/**
 * The Krylov path against the dense d x d computation on ground-truth units: eigenvalues to 1e-6 relative, axes within
 * 0.1 deg, the same accepted axes.
 */
class MatrixFreeExactnessTest {

    private static final AwcSettings SETTINGS = AwcSettings.of(19, 0.1, 4, 3).withReported(3);

    static float[][] units(GroundTruthUnits g) {
        return new float[][] {g.simple(30), g.complex(75), g.plaid(10), g.untuned(), g.silent()};
    }

    static double angle(double[] a, double[] b) {
        return PrincipalAngles.degrees(new double[][] {a}, new double[][] {b})[0];
    }

    private static void assertSameValues(double[] krylov, double[] dense, String what) {
        assertThat(krylov).as(what).hasSameSizeAs(dense);
        for (int k = 0; k < dense.length; k++) {
            assertThat(Math.abs(krylov[k] - dense[k])).as("%s %d: %s vs %s", what, k, krylov[k], dense[k])
                    .isLessThanOrEqualTo(1e-6 * Math.abs(dense[k]));
        }
    }

    private static void assertSameAxes(List<NestedShuffleTest.Axis> krylov, List<NestedShuffleTest.Axis> dense,
            String what) {
        assertThat(krylov).as(what).hasSameSizeAs(dense);
        for (int k = 0; k < dense.size(); k++) {
            NestedShuffleTest.Axis a = krylov.get(k);
            NestedShuffleTest.Axis b = dense.get(k);
            assertThat(angle(a.vector(), b.vector())).as("%s axis %d", what, k).isLessThan(0.1);
            assertSameValues(new double[] {a.eigenvalue(), a.nullLower(), a.nullUpper()},
                    new double[] {b.eigenvalue(), b.nullLower(), b.nullUpper()}, what + " axis " + k);
        }
    }

    static double worstRelative(double[] a, double[] b) {
        double worst = 0;
        for (int k = 0; k < a.length; k++) {
            worst = Math.max(worst, Math.abs(a[k] - b[k]) / Math.abs(b[k]));
        }
        return worst;
    }

    static double worstAngle(double[][] a, double[][] b) {
        double worst = 0;
        for (int k = 0; k < a.length; k++) {
            worst = Math.max(worst, angle(a[k], b[k]));
        }
        return worst;
    }

    private void compare(int size, int n, long seed, AwcSettings settings) {
        GroundTruthUnits g = new GroundTruthUnits(size, n, seed);
        float[][] units = units(g);
        long t0 = System.nanoTime();
        MatrixFreeAwc matrixFree = new MatrixFreeAwc(settings.withDenseBelow(0), MatrixFreeAwc.Kernels.java());
        List<UnitAwc> krylov = matrixFree.run(g.source(), units, () -> false);
        long t1 = System.nanoTime();
        List<UnitAwc> dense = new MatrixFreeAwc(settings.withDenseBelow(Integer.MAX_VALUE),
                MatrixFreeAwc.Kernels.java()).run(g.source(), units, () -> false);
        long t2 = System.nanoTime();
        System.out.printf("d = %d, N = %d: Krylov %.1f s (%d passes, %d vector products), dense %.1f s%n", g.d, n,
                (t1 - t0) / 1e9, matrixFree.passes(), matrixFree.applications(), (t2 - t1) / 1e9);
        for (int u = 0; u < units.length; u++) {
            UnitAwc k = krylov.get(u);
            UnitAwc e = dense.get(u);
            assertThat(k.active()).isEqualTo(e.active());
            if (!k.active()) {
                assertThat(k.test().axisCount()).isZero();
                continue;
            }
            assertThat(k.dense()).isFalse();
            assertThat(e.dense()).isTrue();
            String what = "d " + g.d + " unit " + u;
            System.out.printf("  unit %d: %d+%d axes, residual %.1e, k extreme eigenvalues within %.1e relative, "
                    + "their vectors within %.1e deg%n", u, k.test().excitatory().size(), k.test().suppressive().size(),
                    k.residual(), Math.max(worstRelative(k.highest(), e.highest()), worstRelative(k.lowest(), e.lowest())),
                    Math.max(worstAngle(k.highestAxes(), e.highestAxes()), worstAngle(k.lowestAxes(), e.lowestAxes())));
            assertThat(k.converged()).isTrue();
            assertThat(k.awa()).containsExactly(e.awa());
            assertSameValues(k.highest(), e.highest(), what + " highest");
            assertSameValues(k.lowest(), e.lowest(), what + " lowest");
            assertSameAxes(k.test().excitatory(), e.test().excitatory(), what + " excitatory");
            assertSameAxes(k.test().suppressive(), e.test().suppressive(), what + " suppressive");
        }
    }

    @Test
    void krylovEqualsDenseAtD64() {
        compare(8, 4000, 1, SETTINGS);
    }

    @Test
    void krylovEqualsDenseAtD64WithWhitening() {
        compare(8, 4000, 4, SETTINGS.withWhitening(Whitening.DEFAULT_RIDGE));
    }

    @Test
    void krylovEqualsDenseAtD256() {
        compare(16, 4000, 2, SETTINGS);
    }
}
