package org.unitscope.math.rf;

import org.unitscope.math.stats.Correlation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.unitscope.math.gabor.Gabor;

class AwaAwcTest {

    private static final int SIZE = 16;
    private static final int D = SIZE * SIZE;
    private static final int N = 20_000;
    private static final Gabor GABOR = new Gabor(30, 0.15, 0, 3, 0, 0);

    @Test
    void smallCaseMatchesHandComputation() {
        // stimuli +-e1, +-e2 (mean 0, C_0 = diag(1/2, 1/2)); the unit fires 1 to +e1 and to -e2
        float[] s = {1, 0, -1, 0, 0, 1, 0, -1};
        float[] a = {1, 0, 0, 1};
        ActivationWeightedSums sums = new ActivationWeightedSums(1, 2, true);
        sums.add(s, a, 4);
        Awa awa = Awa.of(sums, 0);
        assertThat(awa.filter()).containsExactly(0.5, -0.5);
        assertThat(awa.activationSum()).isEqualTo(2);
        // weighted covariance of {(1,0), (0,-1)}: [[1/4, 1/4], [1/4, 1/4]]; minus C_0
        assertThat(Awc.of(sums, 0).matrix()).containsExactly(-0.25, 0.25, 0.25, -0.25);
    }

    @Test
    void aSilentUnitHasNoAwa() {
        ActivationWeightedSums sums = new ActivationWeightedSums(1, 1, true);
        sums.add(new float[] {1, -1}, new float[] {0, -2}, 2);
        assertThatThrownBy(() -> Awa.of(sums, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Awc.of(sums, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void simpleCellAwaRecoversItsGabor() {
        float[] g = GABOR.kernel(SIZE);
        float[] s = Synthetic.whiteNoise(N, D, 11);
        ActivationWeightedSums sums = new ActivationWeightedSums(1, D, true);
        sums.add(s, Synthetic.simpleCell(s, N, D, g), N);
        double[] gd = Synthetic.toDouble(g);
        double[] awa = Awa.of(sums, 0).filter();
        assertThat(Correlation.pearson(awa, gd)).isGreaterThanOrEqualTo(0.9);
        // x = G.s ~ N(0, 1): E[x+ x] / E[x+] = sqrt(pi / 2) along G
        assertThat(PrincipalAngles.dot(awa, gd)).isCloseTo(Math.sqrt(Math.PI / 2), within(0.05));
        // variance along G given the weights: E[x+ x^2] / E[x+] - pi / 2 = 2 - pi / 2; minus C_0's 1
        assertThat(Synthetic.quadratic(Awc.of(sums, 0).matrix(), D, gd)).isCloseTo(1 - Math.PI / 2, within(0.05));
    }

    @Test
    void complexCellAwcRecoversItsQuadraturePair() {
        float[] g0 = GABOR.kernel(SIZE);
        float[] g90 = GABOR.quadrature().kernel(SIZE);
        float[] s = Synthetic.whiteNoise(N, D, 12);
        ActivationWeightedSums sums = new ActivationWeightedSums(1, D, true);
        sums.add(s, Synthetic.complexCell(s, N, D, g0, g90), N);
        double[] awa = Awa.of(sums, 0).filter();
        assertThat(Math.abs(Correlation.pearson(awa, Synthetic.toDouble(g0)))).isLessThan(0.2);
        SymmetricEigen eigen = Awc.of(sums, 0).eigen();
        // Rayleigh amplitude r: E[r^3 cos^2] / E[r] - 1 = 3/2 - 1 on each axis of the pair
        assertThat(eigen.value(D - 1)).isCloseTo(0.5, within(0.06));
        assertThat(eigen.value(D - 2)).isCloseTo(0.5, within(0.06));
        double[] angles = PrincipalAngles.degrees(
                new double[][] {Synthetic.toDouble(g0), Synthetic.toDouble(g90)},
                new double[][] {eigen.vector(D - 1), eigen.vector(D - 2)});
        System.out.printf("complex cell d=%d N=%d: principal angles %.2f, %.2f deg%n", D, N, angles[0], angles[1]);
        assertThat(angles[1]).isLessThan(15.0);
    }
}
