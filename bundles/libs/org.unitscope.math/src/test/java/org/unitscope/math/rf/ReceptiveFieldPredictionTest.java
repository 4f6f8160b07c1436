package org.unitscope.math.rf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.unitscope.math.gabor.Gabor;
import org.unitscope.math.grating.GratingGrid;

class ReceptiveFieldPredictionTest {

    private static final int SIZE = 16;
    private static final int D = SIZE * SIZE;
    private static final int N = 20_000;
    private static final Gabor GABOR = new Gabor(30, 0.15, 0, 3, 0, 0);
    private static final double ORI_STEP = 15;
    /** SFs a half octave apart: one grid step is 0.5 octave. */
    private static final double SF_STEP_OCTAVES = 0.5;
    private static final GratingGrid GRID = new GratingGrid(GratingGrid.evenOrientations(12),
            GratingGrid.logSpaced(1.0 / 16, 0.5, 7), GratingGrid.evenPhases(8));

    @Test
    void simpleCellAwaPredictsItsGratingPreference() {
        float[] g = GABOR.kernel(SIZE);
        float[] s = Synthetic.whiteNoise(N, D, 31);
        ActivationWeightedSums sums = new ActivationWeightedSums(1, D, false);
        sums.add(s, Synthetic.simpleCell(s, N, D, g), N);
        ReceptiveFieldModel predicted = ReceptiveFieldModel.linear(Awa.of(sums, 0).filter());
        ToDoubleFunction<float[]> measured = patch -> Math.max(0, dot(g, patch));
        assertAgree(GratingPreference.of(measured, GRID, SIZE, 0.1),
                GratingPreference.of(predicted, GRID, SIZE, 0.1));
    }

    @Test
    void complexCellAwcEnergyModelPredictsItsGratingPreference() {
        float[] g0 = GABOR.kernel(SIZE);
        float[] g90 = GABOR.quadrature().kernel(SIZE);
        float[] s = Synthetic.whiteNoise(N, D, 32);
        ActivationWeightedSums sums = new ActivationWeightedSums(1, D, true);
        sums.add(s, Synthetic.complexCell(s, N, D, g0, g90), N);
        SymmetricEigen eigen = Awc.of(sums, 0).eigen();
        ReceptiveFieldModel predicted = ReceptiveFieldModel.energy(List.of(eigen.vector(D - 1), eigen.vector(D - 2)));
        ToDoubleFunction<float[]> measured = patch -> Math.hypot(dot(g0, patch), dot(g90, patch));
        assertAgree(GratingPreference.of(measured, GRID, SIZE, 0.1),
                GratingPreference.of(predicted, GRID, SIZE, 0.1));
    }

    private static void assertAgree(GratingPreference measured, GratingPreference predicted) {
        System.out.println("measured " + measured + ", predicted " + predicted);
        // the ground truth itself first: the grid holds 30 degrees, and 0.15 lies within a step of the grid
        assertThat(PreferenceAgreement.axialDifference(measured.orientationDeg(), 30)).isLessThan(ORI_STEP / 2);
        assertThat(Math.abs(log2(measured.sf() / 0.15))).isLessThan(SF_STEP_OCTAVES);
        assertThat(PreferenceAgreement.axialDifference(measured.orientationDeg(), predicted.orientationDeg()))
                .isLessThanOrEqualTo(ORI_STEP / 2);
        assertThat(Math.abs(log2(predicted.sf() / measured.sf()))).isLessThanOrEqualTo(SF_STEP_OCTAVES);
    }

    @Test
    void energyModelIsPhaseInvariantAndLinearModelRectifies() {
        double[] e1 = {1, 0};
        double[] e2 = {0, 1};
        assertThat(ReceptiveFieldModel.linear(e1).applyAsDouble(new float[] {-2, 5})).isEqualTo(0);
        assertThat(ReceptiveFieldModel.linear(e1).applyAsDouble(new float[] {2, 5})).isEqualTo(2);
        assertThat(ReceptiveFieldModel.energy(List.of(e1, e2)).applyAsDouble(new float[] {3, -4})).isEqualTo(5);
    }

    @Test
    void agreementStatisticsOnHandMadePopulations() {
        GratingPreference silent = new GratingPreference(Double.NaN, Double.NaN, true);
        GratingPreference[] measured = {pref(0, 0.1), pref(10, 0.2), pref(170, 0.4), pref(Double.NaN, 0.1), silent};
        GratingPreference[] predicted = {pref(5, 0.2), pref(30, 0.2), pref(10, 0.1), pref(50, 0.4), pref(20, 0.1)};
        PreferenceAgreement agreement = PreferenceAgreement.of(measured, predicted);
        // axial differences 5, 20, 20; the untuned unit counts apart and only its SF is compared (|log2| 1, 0, 2, 2);
        // the silent unit is left out altogether
        assertThat(agreement.pairs()).isEqualTo(3);
        assertThat(agreement.untuned()).isEqualTo(1);
        assertThat(agreement.sfPairs()).isEqualTo(4);
        assertThat(agreement.medianAbsDeltaOrientation()).isCloseTo(20, within(1e-9));
        assertThat(agreement.fractionWithin15()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(agreement.medianAbsLog2SfRatio()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void circularCorrelationIsOneUnderRotationAndMinusOneUnderReflection() {
        double[] ori = {0, 20, 50, 95, 130, 160};
        GratingPreference[] measured = new GratingPreference[ori.length];
        GratingPreference[] rotated = new GratingPreference[ori.length];
        GratingPreference[] mirrored = new GratingPreference[ori.length];
        for (int i = 0; i < ori.length; i++) {
            measured[i] = pref(ori[i], 0.1);
            rotated[i] = pref((ori[i] + 90) % 180, 0.1);
            mirrored[i] = pref((180 - ori[i]) % 180, 0.1);
        }
        assertThat(PreferenceAgreement.of(measured, rotated).circularCorrelation()).isCloseTo(1, within(1e-12));
        assertThat(PreferenceAgreement.of(measured, rotated).medianAbsDeltaOrientation()).isCloseTo(90, within(1e-9));
        assertThat(PreferenceAgreement.of(measured, mirrored).circularCorrelation()).isCloseTo(-1, within(1e-12));
    }

    @Test
    void preferencesSpreadEvenlyOverTheCircleAndPredictedWithinADegreeCorrelateNearOne() {
        // the synthetic V1 population: 8 orientations covering the circle, so the circular means are undefined
        double[] ori = {0, 20, 45, 70, 90, 110, 135, 160};
        double[] error = {0.4, -0.9, 0.2, 0.7, -0.3, 0.5, -0.6, 0.1};
        GratingPreference[] measured = new GratingPreference[ori.length];
        GratingPreference[] predicted = new GratingPreference[ori.length];
        for (int i = 0; i < ori.length; i++) {
            measured[i] = pref(ori[i], 0.1);
            predicted[i] = pref((ori[i] + error[i] + 180) % 180, 0.1);
        }
        assertThat(PreferenceAgreement.of(measured, predicted).circularCorrelation()).isGreaterThan(0.99);
    }

    private static GratingPreference pref(double ori, double sf) {
        return new GratingPreference(ori, sf, false);
    }

    private static double dot(float[] g, float[] patch) {
        double s = 0;
        for (int j = 0; j < g.length; j++) {
            s += g[j] * patch[j];
        }
        return s;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
