package org.unitscope.math.rf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class JavaMomentKernelTest {

    @Test
    void addsWeightedMomentsToTheTotalsAndSkipsZeroWeights() {
        int m = 37;
        int dim = 11;
        int units = 3;
        Random random = new Random(1);
        double[] x = new double[m * dim];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextGaussian();
        }
        double[] w = new double[units * m];
        for (int k = 0; k < w.length; k++) {
            w[k] = k % 3 == 0 ? 0 : random.nextDouble();
        }
        for (int i = 0; i < m; i++) {
            w[2 * m + i] = 0; // unit 2 silent
        }
        double[] first = new double[units * dim];
        double[][] second = new double[units][dim * dim];
        first[4] = 10; // running totals are added to, not overwritten
        second[1][5] = -3;
        new JavaMomentKernel().accumulate(x, m, dim, w, units, first, second);
        for (int u = 0; u < units; u++) {
            for (int r = 0; r < dim; r++) {
                double f = u == 0 && r == 4 ? 10 : 0;
                for (int i = 0; i < m; i++) {
                    f += w[u * m + i] * x[i * dim + r];
                }
                assertThat(first[u * dim + r]).isCloseTo(f, within(1e-12));
                for (int c = r; c < dim; c++) {
                    double s = u == 1 && r == 0 && c == 5 ? -3 : 0;
                    for (int i = 0; i < m; i++) {
                        s += w[u * m + i] * x[i * dim + r] * x[i * dim + c];
                    }
                    assertThat(second[u][r * dim + c]).isCloseTo(s, within(1e-12));
                }
            }
        }
        assertThat(second[2]).containsOnly(0.0);
    }

    @Test
    void sumsReadTheUpperTriangleOnlyAndUseTheKernelsBatch() {
        // a kernel that writes garbage into the lower triangle and asks for sub-batches of 7
        MomentKernel sloppy = new MomentKernel() {
            @Override
            public void accumulate(double[] x, int m, int dim, double[] w, int units, double[] first,
                    double[][] second) {
                assertThat(m).isLessThanOrEqualTo(7);
                new JavaMomentKernel().accumulate(x, m, dim, w, units, first, second);
                if (second != null) {
                    for (double[] s : second) {
                        for (int r = 1; r < dim; r++) {
                            s[r * dim] += 1e6;
                        }
                    }
                }
            }

            @Override
            public int preferredBatch(int dim, int units) {
                return 7;
            }
        };
        int n = 50;
        int d = 5;
        float[] s = Synthetic.whiteNoise(n, d, 3);
        float[] a = new float[n * 2];
        Random random = new Random(4);
        for (int k = 0; k < a.length; k++) {
            a[k] = (float) random.nextGaussian();
        }
        ActivationWeightedSums reference = new ActivationWeightedSums(2, d, true);
        reference.add(s, a, n);
        ActivationWeightedSums viaSloppy = new ActivationWeightedSums(2, d, true, sloppy);
        viaSloppy.add(s, a, n);
        assertThat(viaSloppy.count()).isEqualTo(n);
        assertThat(viaSloppy.stimulusOuterSum()).usingComparatorWithPrecision(1e-12)
                .containsExactly(reference.stimulusOuterSum());
        for (int u = 0; u < 2; u++) {
            assertThat(viaSloppy.activationSum(u)).isCloseTo(reference.activationSum(u), within(1e-12));
            assertThat(viaSloppy.weightedStimulusSum(u)).usingComparatorWithPrecision(1e-12)
                    .containsExactly(reference.weightedStimulusSum(u));
            assertThat(viaSloppy.weightedOuterSum(u)).usingComparatorWithPrecision(1e-12)
                    .containsExactly(reference.weightedOuterSum(u));
        }
    }

    @Test
    void rejectsShapesThatDoNotFit() {
        JavaMomentKernel k = new JavaMomentKernel();
        assertThatThrownBy(() -> k.accumulate(new double[5], 2, 3, new double[2], 1, new double[3], null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> k.accumulate(new double[6], 2, 3, new double[2], 1, new double[3],
                new double[][] {new double[8]})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActivationWeightedSums(1, 2, true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
