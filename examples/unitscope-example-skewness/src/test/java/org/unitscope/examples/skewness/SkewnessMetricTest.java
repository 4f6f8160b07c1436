package org.unitscope.examples.skewness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.stimulus.LabelTable;

class SkewnessMetricTest {

    @Test
    void oneStrongAnswerInFourIsSkewedBySampleFormulaAndAConstantUnitIsUndefined() {
        // units: [0,0,0,1] (skewness n/((n-1)(n-2)) * sum(z^3) = 4/6 * 3 = 2), [0,1,1,0] (symmetric), constant 5
        float[] responses = {0, 0, 5, 0, 1, 5, 0, 1, 5, 1, 0, 5};
        LabelTable labels = new LabelTable(List.of("index"), new double[][] {{0, 1, 2, 3}}, Map.of());
        SkewnessMetric metric = new SkewnessMetric();
        MetricResult r = metric.compute(new ResponseTable("layer", 3, labels, responses), Parameters.resolve(metric.info(), Map.of()));
        assertEquals(2.0, r.scalars().get("skewness")[0], 1e-12);
        assertEquals(0.0, r.scalars().get("skewness")[1], 1e-12);
        assertTrue(Double.isNaN(r.scalars().get("skewness")[2]));
        assertEquals(4.0, r.scalars().get("kurtosis")[0], 1e-12); // excess kurtosis of [0,0,0,1], bias-corrected
        assertTrue(r.summary().startsWith("median response skewness 1.000 (2 of 3 units not constant)"), r.summary());
    }

    @Test
    void itIsDeclaredByItsAnnotationsWithATitleAndNoParameters() {
        var info = new SkewnessMetric().info();
        assertEquals("skewness", info.id());
        assertEquals("0.1.0", info.version());
        assertTrue(info.title().startsWith("Response skewness and kurtosis"), info.title());
        assertEquals(List.of(), info.parameters());
    }
}
