package org.unitscope.math.rf.matrixfree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AwcCostModelTest {
    private static final AwcCostModel MODEL = new AwcCostModel(AwcSettings.of(39, 0.05, 3, 1));

    @Test
    void theKrylovPathCostsRPlusOneProblemsTimesStepsTimesApplicationsOfFourNdFlop() {
        int d = 1_600;
        int n = 20_000;
        double applications = 50 * Math.pow(d / 256.0, 0.25);
        assertThat(MODEL.flopPerUnit(d, n)).isCloseTo(40 * AwcCostModel.STEPS * applications * 4.0 * n * d,
                within(1.0));
        assertThat(AwcCostModel.applicationsPerProblem(256)).isEqualTo(50.0);
    }

    @Test
    void theDensePathCostsTheSecondMomentsAndTheEigenDecompositions() {
        int d = 256;
        int n = 20_000;
        assertThat(MODEL.flopPerUnit(d, n)).isCloseTo(40 * ((double) n * d * d + AwcCostModel.STEPS * 9.0 * d * d * d),
                within(1.0));
    }

    @Test
    void timeGrowsInProportionToUnitsAndStimuliAndFallsWithTheRate() {
        double one = MODEL.seconds(1_024, 10_000, 1, 1e9);
        assertThat(MODEL.seconds(1_024, 10_000, 64, 1e9)).isCloseTo(64 * one, within(1e-9 * one));
        assertThat(MODEL.seconds(1_024, 20_000, 1, 1e9)).isCloseTo(2 * one, within(1e-9 * one));
        assertThat(MODEL.seconds(1_024, 10_000, 1, 4e9)).isCloseTo(one / 4, within(1e-9 * one));
    }

    @Test
    void theMeasuredRatesOfTheJavaKernelsArePlausibleNumbersOfFlopPerSecond() {
        double krylov = MODEL.measureRate(MatrixFreeAwc.Kernels.java(), 700);
        double dense = MODEL.measureRate(MatrixFreeAwc.Kernels.java(), 100);
        assertThat(krylov).isFinite().isBetween(1e7, 1e12);
        assertThat(dense).isFinite().isBetween(1e7, 1e12);
    }
}
