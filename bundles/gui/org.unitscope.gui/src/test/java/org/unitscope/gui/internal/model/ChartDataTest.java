package org.unitscope.gui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the charts plot, read from real small results folders (RunFiles), checked value by value. */
class ChartDataTest {
    @TempDir
    Path dir;

    private RunResults grating() throws Exception {
        return RunFiles.gratingResults(dir);
    }

    private RunResults category() throws Exception {
        return RunFiles.categoryResults(dir);
    }

    @Test
    void theLayerSummaryHoldsTheCellsOfUnitsCsvAndCountsFractionsByTheirRule() throws Exception {
        RunResults r = grating();
        assertThat(r.info().modelId()).isEqualTo("synthetic-v1");
        LayerSummary s = LayerSummary.of(r.units(), "L", r.info());
        assertThat(s.units()).isEqualTo(4);
        assertThat(s.preferredOrientation()).as("the silent, untuned and multi-peaked units have none").containsExactly(45.0);
        assertThat(s.circularVariance()).containsExactly(0.25, 0.95, 0.85);
        assertThat(s.preferredSf()).containsExactly(0.2, 0.1, 0.1);
        assertThat(s.fractions()).extracting(LayerSummary.Fraction::label).containsExactly("orientation-tuned", "SF band-pass", "simple-like");
        assertThat(s.fractions().get(0).count()).isEqualTo(1);
        assertThat(s.fractions().get(0).rule()).contains("CV < 0.9");
        assertThat(s.fractions().get(2).count()).isZero();
        assertThat(LayerSummary.of(r.units(), "nope", r.info()).units()).isZero();
    }

    @Test
    void thePhaseCurveIsTheBestGratingsResponseOverPhase() throws Exception {
        RunResults r = grating();
        PhaseResponses p = PhaseResponses.of(r, "L", 0);
        assertThat(p.missing()).isEmpty();
        assertThat(p.orientationDeg()).isEqualTo(45);
        assertThat(p.sf()).isEqualTo(0.2);
        assertThat(p.phasesDeg()).containsExactly(RunFiles.PHASE);
        for (int i = 0; i < 4; i++) {
            assertThat(p.responses()[i]).isCloseTo(RunFiles.simple(45, 0.2, RunFiles.PHASE[i]), within(1e-6));
        }
        assertThat(PhaseResponses.of(r, "L", 1).responses()).as("the silent unit: zeros").containsOnly(0.0);
        PhaseResponses multi = PhaseResponses.of(r, "L", 3);
        assertThat(multi.orientationDeg()).as("the first of two equal peaks").isZero();
        assertThat(multi.responses()).containsOnly(1.0);
        assertThat(PhaseResponses.of(category(), "C", 0).missing()).contains("not a grating run");
    }

    @Test
    void categoryBarsAreTheMeansOfCurvesNpzWithStandardErrorsFromResponses() throws Exception {
        RunResults r = category();
        CategoryResponses c = CategoryResponses.of(r, 0, "C", 0);
        assertThat(c.names()).containsExactly("shirt", "bag", "boot");
        assertThat(c.means()).containsExactly(1.15, 3.15, 1.15);
        double sd = Math.sqrt((0.15 * 0.15 * 2 + 0.05 * 0.05 * 2) / 3); // responses 0, .1, .2, .3 around their mean
        assertThat(c.errors()[1]).isCloseTo(sd / 2, within(1e-6));
        assertThat(c.topImages()).containsExactly("c1/i7.png", "c1/i6.png", "c1/missing.png");
        assertThat(c.topImageFiles()).as("only the files that exist").hasSize(2);
        CategoryResponses silent = CategoryResponses.of(r, 1, "C", 1);
        assertThat(silent.means()).containsOnly(0.0);
        assertThat(silent.errors()).containsOnly(0.0);
        assertThat(silent.topImages()).isEmpty();
        assertThat(CategoryResponses.of(grating(), 0, "L", 0).missing()).isEqualTo("no categories in this run");
    }

    @Test
    void awcAxesAreTheAcceptedEigenvectorsWithTheirEigenvalues() throws Exception {
        RunResults r = grating();
        AwcAxes a = AwcAxes.of(r.rf(), "L", 0);
        assertThat(a.rows()).isEqualTo(2);
        assertThat(a.cols()).isEqualTo(3);
        assertThat(a.axes()).extracting(AwcAxes.Axis::name).containsExactly("E1", "S1");
        assertThat(a.axes().get(0).map()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(a.axes().get(1).map()).containsExactly(0, -1, -2, -3, -4, -5);
        assertThat(a.axes().get(1).eigenvalue()).isEqualTo(-1.5);
        assertThat(AwcAxes.of(r.rf(), "L", 1).missing()).isEqualTo("no significant AWC axis for this unit");
        assertThat(AwcAxes.of(r.rf(), "L", 3).axes()).isEmpty();
        assertThat(AwcAxes.of(r.rf(), "L", 2).axes()).extracting(AwcAxes.Axis::eigenvalue).containsExactly(3.0, 2.5);
        assertThat(AwcAxes.of(category().rf(), "C", 0).missing()).isEqualTo("no AWC axes in this run");
    }

    @Test
    void predictionPointsAreTheRowsOfPredictionCsvPerEstimator() throws Exception {
        PredictionPoints p = PredictionPoints.of(grating(), "L");
        assertThat(p.byEstimator()).containsOnlyKeys("awa", "awc");
        PredictionPoints.Series awa = p.byEstimator().get("awa");
        assertThat(awa.units()).containsExactly(0, 1, 2);
        assertThat(awa.predictedOrientation()[0]).isEqualTo(50);
        assertThat(awa.measuredOrientation()[1]).isNaN();
        assertThat(awa.predictedSf()[0]).isEqualTo(0.25);
        assertThat(p.byEstimator().get("awc").indexOf(2)).isEqualTo(-1);
        assertThat(PredictionPoints.of(category(), "C").byEstimator()).isEmpty();
    }

    @Test
    void categoryRunFractionsStateTheCorrection() throws Exception {
        RunResults r = category();
        List<LayerSummary.Fraction> f = LayerSummary.of(r.units(), "C", r.info()).fractions();
        assertThat(f).hasSize(1);
        assertThat(f.get(0).count()).isEqualTo(1);
        assertThat(f.get(0).rule()).contains("p < 0.05").contains("fdr");
    }
}
