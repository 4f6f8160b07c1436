package org.unitscope.model.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.math.gabor.DifferenceOfGaussians;
import org.unitscope.math.gabor.Gabor;

/** The network's layout and ground truth, and whether its default kernels fit their receptive field. */
class SyntheticV1NetworkTest {
    private static final double[] ORIENTATIONS = {0, 20, 45, 70, 90, 110, 135, 160};
    /** The orientation 90 degrees on from each of the above, on [0, 180). */
    private static final double[] ORTHOGONAL = {90, 110, 135, 160, 0, 20, 45, 70};
    private static final double[] SFS = {0.08, 0.15};
    private static final SyntheticV1Network NET = new SyntheticV1Network(31, ORIENTATIONS, SFS, 0.45);

    @Test
    void layersAreSimpleComplexPlaidAndDogWithOneDogUnitPerSf() {
        assertThat(NET.layers()).containsExactly("simple", "complex", "plaid", "dog");
        assertThat(NET.channels("simple")).isEqualTo(16);
        assertThat(NET.channels("complex")).isEqualTo(16);
        assertThat(NET.channels("plaid")).isEqualTo(16);
        assertThat(NET.channels("dog")).isEqualTo(2);
        assertThatThrownBy(() -> NET.channels("v4")).hasMessageContaining("no layer 'v4'").hasMessageContaining("dog");
        assertThatThrownBy(() -> NET.truth("v4", 0)).hasMessageContaining("no layer 'v4'");
    }

    @Test
    void simpleAndComplexTruthKeepTheirColumns() {
        for (int u = 0; u < 16; u++) {
            double sf = SFS[u % 2];
            assertThat(NET.truth("simple", u)).containsExactly(Map.entry("orientation_deg", ORIENTATIONS[u / 2]),
                    Map.entry("sf_cpp", sf), Map.entry("phase_deg", 90.0 * (u % 4)), Map.entry("sigma_px", 0.45 / sf));
            assertThat(NET.truth("complex", u)).containsExactly(Map.entry("orientation_deg", ORIENTATIONS[u / 2]),
                    Map.entry("sf_cpp", sf), Map.entry("sigma_px", 0.45 / sf));
        }
    }

    @Test
    void plaidTruthNamesBothOrthogonalOrientationsAndTheExpectedFlatTuning() {
        for (int u = 0; u < 16; u++) {
            double sf = SFS[u % 2];
            assertThat(NET.truth("plaid", u)).containsExactly(Map.entry("orientation_deg", ORIENTATIONS[u / 2]),
                    Map.entry("second_orientation_deg", ORTHOGONAL[u / 2]), Map.entry("sf_cpp", sf),
                    Map.entry("sigma_px", 0.45 / sf), Map.entry("expected_osi", 0.0), Map.entry("expected_circ_var", 1.0));
        }
    }

    @Test
    void dogTruthHasItsSfAndWidthsAndNoOrientation() {
        for (int u = 0; u < 2; u++) {
            Map<String, Double> t = NET.truth("dog", u);
            assertThat(t).containsOnlyKeys("sf_cpp", "sigma_c_px", "sigma_s_px");
            assertThat(t.get("sf_cpp")).isCloseTo(SFS[u], within(1e-12));
            assertThat(t.get("sigma_s_px") / t.get("sigma_c_px")).isCloseTo(1.6, within(1e-12));
            // independently of the closed form: H(f) of these widths, scanned in 1e-5 c/px steps, peaks at the SF
            double c2 = t.get("sigma_c_px") * t.get("sigma_c_px");
            double s2 = t.get("sigma_s_px") * t.get("sigma_s_px");
            double bestF = 0;
            double best = Double.NEGATIVE_INFINITY;
            for (double f = 1e-5; f < 0.5; f += 1e-5) {
                double h = Math.exp(-2 * Math.PI * Math.PI * c2 * f * f) - Math.exp(-2 * Math.PI * Math.PI * s2 * f * f);
                if (h > best) {
                    best = h;
                    bestF = f;
                }
            }
            assertThat(bestF).isCloseTo(SFS[u], within(2e-5));
        }
    }

    @Test
    void everyDefaultPlaidAndDogKernelKeepsNearlyAllItsEnergyInsideTheReceptiveField() {
        for (int u = 0; u < 16; u++) {
            Map<String, Double> t = NET.truth("plaid", u);
            for (String key : List.of("orientation_deg", "second_orientation_deg")) {
                Gabor g = new Gabor(t.get(key), t.get("sf_cpp"), 0, t.get("sigma_px"), 0, 0);
                assertThat(energyInside(g::value, 15)).as("plaid %d %s", u, key).isGreaterThan(0.99);
            }
        }
        for (int u = 0; u < 2; u++) {
            Map<String, Double> t = NET.truth("dog", u);
            DifferenceOfGaussians d = new DifferenceOfGaussians(t.get("sigma_c_px"), t.get("sigma_s_px"));
            assertThat(energyInside(d::value, 15)).as("dog %d", u).isGreaterThan(0.99);
        }
    }

    /** Sum of squares over the pixels within {@code half} of the centre, over that within 4 * half. */
    private static double energyInside(java.util.function.DoubleBinaryOperator f, int half) {
        double inside = 0;
        double all = 0;
        for (int x = -4 * half; x <= 4 * half; x++) {
            for (int y = -4 * half; y <= 4 * half; y++) {
                double v = f.applyAsDouble(x, y);
                all += v * v;
                if (Math.abs(x) <= half && Math.abs(y) <= half) {
                    inside += v * v;
                }
            }
        }
        return inside / all;
    }
}
