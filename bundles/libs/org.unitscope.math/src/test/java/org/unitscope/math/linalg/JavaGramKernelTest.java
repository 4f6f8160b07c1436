package org.unitscope.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JavaGramKernelTest {
    private static final int M = 300;
    private static final int D = 37;
    private static final int P = 5;
    private static final int C = 300;

    private final Random random = new Random(1);
    private final double[] x = gaussian(M * D);
    private final double[] w = gaussian(M * P);
    private final double[] v = gaussian(D * C);
    private final int[] column = columns();

    private double[] gaussian(int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = random.nextGaussian();
        }
        return out;
    }

    private int[] columns() {
        int[] out = new int[C];
        for (int j = 0; j < C; j++) {
            out[j] = random.nextInt(P);
        }
        return out;
    }

    /** X^T diag(w) X v, column by column, the plain definition. */
    private double[] reference() {
        double[] out = new double[D * C];
        for (int j = 0; j < C; j++) {
            for (int i = 0; i < M; i++) {
                double xv = 0;
                for (int k = 0; k < D; k++) {
                    xv += x[i * D + k] * v[k * C + j];
                }
                double s = w[i * P + column[j]] * xv;
                for (int k = 0; k < D; k++) {
                    out[k * C + j] += s * x[i * D + k];
                }
            }
        }
        return out;
    }

    private double[] inChunks(int... cuts) {
        try (GramKernel.Pass pass = new JavaGramKernel().begin(D, v, C)) {
            for (int c = 0; c + 1 < cuts.length; c++) {
                int from = cuts[c];
                int m = cuts[c + 1] - from;
                pass.add(Arrays.copyOfRange(x, from * D, cuts[c + 1] * D), m,
                        Arrays.copyOfRange(w, from * P, cuts[c + 1] * P), P, column);
            }
            return pass.sums().clone();
        }
    }

    @Test
    void givesTheWeightedGramProductOfEveryColumn() {
        double[] expected = reference();
        double[] got = inChunks(0, M);
        for (int k = 0; k < expected.length; k++) {
            assertThat(got[k]).isCloseTo(expected[k], within(1e-11 * Math.max(1, Math.abs(expected[k]))));
        }
    }

    @Test
    void chunksAndColumnSubsetsGiveTheSameSumsBitForBit() {
        double[] whole = inChunks(0, M);
        assertThat(inChunks(0, 1, 33, 64, 65, 200, M)).containsExactly(whole);
        // the first 7 columns alone, in a pass of their own
        double[] few = new double[D * 7];
        for (int k = 0; k < D; k++) {
            System.arraycopy(v, k * C, few, k * 7, 7);
        }
        try (GramKernel.Pass pass = new JavaGramKernel().begin(D, few, 7)) {
            pass.add(x, M, w, P, Arrays.copyOf(column, 7));
            for (int k = 0; k < D; k++) {
                for (int j = 0; j < 7; j++) {
                    assertThat(pass.sums()[k * 7 + j]).isEqualTo(whole[k * C + j]);
                }
            }
        }
    }

    @Test
    void rejectsShapesThatDoNotFit() {
        JavaGramKernel kernel = new JavaGramKernel();
        assertThatThrownBy(() -> kernel.begin(D, new double[D * C - 1], C)).isInstanceOf(IllegalArgumentException.class);
        try (GramKernel.Pass pass = kernel.begin(D, v, C)) {
            assertThatThrownBy(() -> pass.add(x, M, w, P, new int[C - 1])).isInstanceOf(IllegalArgumentException.class);
            int[] bad = column.clone();
            bad[3] = P;
            assertThatThrownBy(() -> pass.add(x, M, w, P, bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> pass.add(x, M + 1, w, P, column)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aChunkHoldsAtMostABillionFlopSoThatAStopRequestWaitsLittle() {
        JavaGramKernel kernel = new JavaGramKernel();
        for (int d : new int[] {16, 256, 1_600, 8_464}) {
            for (int c : new int[] {1, 128, 1_312, 2_624}) {
                int m = kernel.chunkRows(d, c);
                assertThat(m).as("d %d, c %d", d, c).isBetween(JavaGramKernel.ROWS, kernel.chunkRows(d));
                assertThat(m == JavaGramKernel.ROWS || 4.0 * m * d * c <= JavaGramKernel.FLOP_PER_CHUNK)
                        .as("d %d, c %d: %d rows", d, c, m).isTrue();
            }
        }
        assertThat(kernel.chunkRows(8_464, 1_312)).isEqualTo(JavaGramKernel.ROWS);
        assertThat(kernel.chunkRows(256, 1)).isEqualTo(512);
    }

    @Test
    void columnTilesOnSeveralThreadsGiveTheSameBitsAsOneThread() {
        int m = 4_000;
        double[] rows = gaussian(m * D);
        double[] weights = gaussian(m * P);
        JavaGramKernel kernel = new JavaGramKernel();
        assertThat(4.0 * m * D * C).isGreaterThan(JavaGramKernel.PARALLEL_FLOP); // the whole chunk goes parallel
        double[] parallel;
        try (GramKernel.Pass pass = kernel.begin(D, v, C)) {
            pass.add(rows, m, weights, P, column);
            parallel = pass.sums().clone();
        }
        int small = 40; // 4 x 40 x 37 x 300 flop: below the threshold, on the calling thread
        assertThat(4.0 * small * D * C).isLessThan(JavaGramKernel.PARALLEL_FLOP);
        try (GramKernel.Pass pass = kernel.begin(D, v, C)) {
            for (int from = 0; from < m; from += small) {
                pass.add(Arrays.copyOfRange(rows, from * D, (from + small) * D), small,
                        Arrays.copyOfRange(weights, from * P, (from + small) * P), P, column);
            }
            assertThat(pass.sums()).containsExactly(parallel);
        }
    }
}
