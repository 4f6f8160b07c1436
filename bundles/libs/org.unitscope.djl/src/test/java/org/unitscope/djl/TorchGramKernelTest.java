package org.unitscope.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.math.linalg.GramKernel;
import org.unitscope.math.linalg.JavaGramKernel;
import org.unitscope.math.rf.NestedShuffleTest;
import org.unitscope.math.rf.PrincipalAngles;
import org.unitscope.math.rf.matrixfree.AwcSettings;
import org.unitscope.math.rf.matrixfree.MatrixFreeAwc;
import org.unitscope.math.rf.matrixfree.PatchSource;
import org.unitscope.math.rf.matrixfree.UnitAwc;

/** The PyTorch Gram kernel against the Java reference, alone and inside the matrix-free AWC. */
class TorchGramKernelTest {
    private static TorchGramKernel kernel;
    private static TorchMomentKernel moments;

    @BeforeAll
    static void open() {
        kernel = new TorchGramKernel();
        moments = new TorchMomentKernel();
    }

    @AfterAll
    static void close() {
        kernel.close();
        moments.close();
    }

    private static double[] gaussian(int n, Random random) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = random.nextGaussian();
        }
        return v;
    }

    private static double[] run(GramKernel k, double[] x, int m, int d, double[] w, int p, int[] column, double[] v,
            int c, int chunk) {
        try (GramKernel.Pass pass = k.begin(d, v, c)) {
            for (int from = 0; from < m; from += chunk) {
                int rows = Math.min(chunk, m - from);
                pass.add(Arrays.copyOfRange(x, from * d, (from + rows) * d), rows,
                        Arrays.copyOfRange(w, from * p, (from + rows) * p), p, column);
            }
            return pass.sums();
        }
    }

    @Test
    void givesTheJavaKernelsSumsToRounding() {
        Random random = new Random(3);
        int m = 700;
        int d = 45;
        int p = 6;
        int c = 130;
        double[] x = gaussian(m * d, random);
        double[] w = gaussian(m * p, random);
        double[] v = gaussian(d * c, random);
        int[] column = new int[c];
        for (int j = 0; j < c; j++) {
            column[j] = random.nextInt(p);
        }
        double[] expected = run(new JavaGramKernel(), x, m, d, w, p, column, v, c, m);
        double[] got = run(kernel, x, m, d, w, p, column, v, c, 256);
        double scale = Arrays.stream(expected).map(Math::abs).max().orElseThrow();
        for (int k = 0; k < expected.length; k++) {
            assertThat(got[k]).isCloseTo(expected[k], within(1e-12 * scale));
        }
    }

    @Test
    void anEmptyChunkOrNoVectorsAddNothing() {
        try (GramKernel.Pass pass = kernel.begin(3, new double[6], 2)) {
            pass.add(new double[0], 0, new double[0], 1, new int[] {0, 0});
            assertThat(pass.sums()).containsOnly(0.0);
        }
        try (GramKernel.Pass pass = kernel.begin(3, new double[0], 0)) {
            pass.add(new double[] {1, 2, 3}, 1, new double[] {1}, 1, new int[0]);
            assertThat(pass.sums()).isEmpty();
        }
    }

    @Test
    void theMatrixFreeAwcOnPyTorchAgreesWithItsJavaKernels() {
        int size = 8;
        int d = size * size;
        int n = 3000;
        Random random = new Random(5);
        float[] patches = new float[n * d];
        for (int k = 0; k < patches.length; k++) {
            patches[k] = (float) random.nextGaussian();
        }
        float[] g0 = new org.unitscope.math.gabor.Gabor(40, 0.2, 0, 1.8, 0, 0).kernel(size);
        float[] g90 = new org.unitscope.math.gabor.Gabor(40, 0.2, 0, 1.8, 0, 0).quadrature().kernel(size);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            double s0 = 0;
            double s90 = 0;
            for (int j = 0; j < d; j++) {
                s0 += patches[i * d + j] * g0[j];
                s90 += patches[i * d + j] * g90[j];
            }
            a[i] = (float) Math.hypot(s0, s90);
        }
        AwcSettings settings = AwcSettings.of(19, 0.1, 3, 1).withDenseBelow(0).withWhitening(0.1);
        PatchSource source = PatchSource.of(patches, n, d);
        UnitAwc java = new MatrixFreeAwc(settings, MatrixFreeAwc.Kernels.java())
                .run(source, new float[][] {a}, () -> false).get(0);
        UnitAwc torch = new MatrixFreeAwc(settings, new MatrixFreeAwc.Kernels(moments, kernel))
                .run(source, new float[][] {a}, () -> false).get(0);
        List<NestedShuffleTest.Axis> je = java.test().excitatory();
        List<NestedShuffleTest.Axis> te = torch.test().excitatory();
        assertThat(je).hasSize(2);
        assertThat(te).hasSameSizeAs(je);
        assertThat(torch.test().suppressive()).hasSameSizeAs(java.test().suppressive());
        for (int k = 0; k < je.size(); k++) {
            assertThat(te.get(k).eigenvalue()).isCloseTo(je.get(k).eigenvalue(), within(1e-9 * je.get(k).eigenvalue()));
            assertThat(PrincipalAngles.degrees(new double[][] {te.get(k).vector()},
                    new double[][] {je.get(k).vector()})[0]).isLessThan(1e-3);
        }
    }
}
