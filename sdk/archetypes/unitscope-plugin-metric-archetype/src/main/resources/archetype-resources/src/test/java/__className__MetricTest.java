package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.stimulus.LabelTable;

class ${className}MetricTest {
    private static final double[] ORIENTATIONS = {0, 30, 60, 90, 120, 150};
    private static final double[] SFS = {0.05, 0.1};
    private static final double[] PHASES = {0, 90, 180, 270};

    /**
     * Unit 0: 1 + 0.5 cos(2 (theta - 60)) at SF 0.1, 0.5 at SF 0.05, phase-modulated by +-0.2: bias (1.5 - 0.5) /
     * (1.5 + 0.5) = 0.5 at 60 degrees. Unit 1: flat 2 (bias 0). Unit 2: silent (unresponsive, undefined).
     */
    private static ResponseTable table() {
        int n = ORIENTATIONS.length * SFS.length * PHASES.length;
        double[][] labels = new double[3][n];
        float[] responses = new float[n * 3];
        int i = 0;
        for (double sf : SFS) {
            for (double ori : ORIENTATIONS) {
                for (double ph : PHASES) {
                    labels[0][i] = ori;
                    labels[1][i] = sf;
                    labels[2][i] = ph;
                    double tuned = sf == 0.1 ? 1 + 0.5 * Math.cos(Math.toRadians(2 * (ori - 60))) : 0.5;
                    responses[3 * i] = (float) (tuned + 0.2 * Math.cos(Math.toRadians(ph)));
                    responses[3 * i + 1] = 2f;
                    i++;
                }
            }
        }
        return new ResponseTable("layer", 3, new LabelTable(List.of("orientation", "sf", "phase"), labels, Map.of()), responses);
    }

    private static MetricResult compute(Map<String, Object> parameters) {
        ${className}Metric metric = new ${className}Metric();
        return metric.compute(table(), Parameters.resolve(metric.info(), parameters));
    }

    @Test
    void aCosineTunedUnitHasTheBiasOfItsModulationDepth() {
        MetricResult r = compute(Map.of());
        assertEquals(0.5, r.scalars().get("bias")[0], 1e-6);
        assertEquals(60.0, r.scalars().get("bias_pref_deg")[0], 1e-12);
        assertEquals(0.0, r.scalars().get("bias")[1], 1e-12);
        assertTrue(Double.isNaN(r.scalars().get("bias")[2]), "a silent unit has no bias");
    }

    @Test
    void theComparisonOrientationIsAParameter() {
        // 30 degrees away: 1 + 0.5 cos(60 deg) = 1.25, so (1.5 - 1.25) / (1.5 + 1.25)
        assertEquals(0.25 / 2.75, compute(Map.of("offsetDeg", 30.0)).scalars().get("bias")[0], 1e-6);
    }

    @Test
    void theMetricReadsTheGratingLabels() {
        assertEquals(List.of("orientation", "sf", "phase"), new ${className}Metric().requiredLabels());
    }

    @Test
    void theParametersOfEveryGratingMetricAreDeclaredAndRead() {
        ${className}Metric metric = new ${className}Metric();
        assertEquals(List.of("offsetDeg", "unresponsiveBelow", "baseline"),
                metric.info().parameters().stream().map(spec -> spec.name()).toList());
        // unit 1 (flat 2) falls under a threshold of 3 and gets no bias
        assertTrue(Double.isNaN(compute(Map.of("unresponsiveBelow", 3.0)).scalars().get("bias")[1]));
        assertThrows(UnitscopeException.class, () -> Parameters.resolve(metric.info(), Map.of("baseline", "median")));
        assertThrows(UnitscopeException.class, () -> Parameters.resolve(metric.info(), Map.of("offsetDeg", 180.0)));
    }
}
