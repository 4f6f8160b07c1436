package org.unitscope.spi.grating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.stimulus.LabelTable;

class GratingTablesTest {
    private static final double[] ORIENTATIONS = {0, 45, 90, 135};
    private static final double[] SFS = {0.1, 0.2};
    private static final double[] PHASES = {0, 90, 180, 270};
    private static final ServiceInfo INFO = new ServiceInfo("test", "1.0.0", "test metric",
            List.of(GratingTables.UNRESPONSIVE_BELOW, GratingTables.BASELINE));

    /**
     * Unit 0: 2 + cos(2(theta - 45)) at SF 0.2 (its best), 1 at SF 0.1, plus a phase term that averages out, and 0.5
     * to the blank. Unit 1: 0 everywhere (unresponsive).
     */
    private static ResponseTable table() {
        List<double[]> rows = new ArrayList<>();
        List<Float> unit0 = new ArrayList<>();
        for (double sf : SFS) {
            for (double ori : ORIENTATIONS) {
                for (double ph : PHASES) {
                    rows.add(new double[] {ori, sf, ph, 0});
                    double tuned = sf == 0.2 ? 2 + Math.cos(Math.toRadians(2 * (ori - 45))) : 1;
                    unit0.add((float) (tuned + 0.25 * Math.cos(Math.toRadians(ph))));
                }
            }
        }
        rows.add(new double[] {0, 0, 0, 1});
        unit0.add(0.5f);
        double[][] columns = new double[4][rows.size()];
        float[] responses = new float[rows.size() * 2];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < 4; c++) {
                columns[c][i] = rows.get(i)[c];
            }
            responses[2 * i] = unit0.get(i);
        }
        LabelTable labels = new LabelTable(List.of("orientation", "sf", "phase", "blank"), columns, Map.of());
        return new ResponseTable("layer", 2, labels, responses);
    }

    @Test
    void aUnitsTableHasItsBestConditionAndPhaseAveragedCurves() {
        GratingTables t = GratingTables.of(table(), false, 1e-6);
        assertThat(t.orientations()).containsExactly(ORIENTATIONS);
        assertThat(t.sfs()).containsExactly(SFS);
        GratingUnit u = t.unit(0);
        assertThat(u.bestSfIndex()).isEqualTo(1);
        assertThat(u.bestOrientationIndex()).isEqualTo(1);
        assertThat(u.bestResponse()).isCloseTo(3.0, within(1e-6));
        assertThat(u.orientationCurve()).containsExactly(new double[] {2, 3, 2, 1}, within(1e-6));
        assertThat(u.sfCurve()).containsExactly(new double[] {1, 3}, within(1e-6));
        assertThat(u.phaseCurve()).containsExactly(new double[] {3.25, 3, 2.75, 3}, within(1e-6));
        assertThat(t.blankResponse(0)).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void theBlankBaselineIsSubtractedFromEveryResponse() {
        Parameters p = Parameters.resolve(INFO, Map.of("baseline", "blank"));
        GratingTables t = GratingTables.of(table(), p);
        assertThat(t.subtracted()).isTrue();
        assertThat(t.unit(0).bestResponse()).isCloseTo(2.5, within(1e-6));
        assertThat(t.blankResponse(0)).isCloseTo(0.5, within(1e-6));
        assertThat(GratingTables.requiredLabels(p)).containsExactly("orientation", "sf", "phase", "blank");
        assertThat(GratingTables.requiredLabels(Parameters.resolve(INFO, Map.of()))).containsExactly("orientation", "sf", "phase");
    }

    @Test
    void aUnitThatNeverRespondsIsUnresponsive() {
        GratingTables t = GratingTables.of(table(), false, 1e-6);
        assertThat(t.unresponsive(0)).isFalse();
        assertThat(t.unresponsive(1)).isTrue();
        assertThat(t.unresponsiveCount()).isEqualTo(1);
    }

    @Test
    void mediansCountOnlyDefinedCells() {
        double[] column = UnitColumns.nans(4);
        column[0] = 3;
        column[2] = 1;
        assertThat(UnitColumns.median(column)).isEqualTo(2.0);
        assertThat(UnitColumns.median("x", column, "%.1f")).isEqualTo("median x 2.0 (2 of 4)");
        assertThat(UnitColumns.median("x", UnitColumns.nans(3), "%.1f")).isEqualTo("median x - (0 of 3)");
    }
}
