package org.unitscope.examples.bars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;

class BarStimulusSetTest {

    @Test
    void verticalBarOfWidthTwoAtCentreLightsTwoColumnsOnly() {
        BarStimulusSet set = new BarStimulusSet();
        Parameters p = Parameters.resolve(set.info(), Map.of("orientationCount", 2, "widths", java.util.List.of(2.0), "positionCount", 4));
        StimulusSequence s = set.open(p, new StimulusFormat(8, 1, 8), 0);
        assertEquals(8, s.count());
        float[] img = new float[64];
        s.render(0, 1, img, 0); // orientation 0 (normal along x), position 0: |x| <= 1 around the centre 3.5
        for (int col = 0; col < 8; col++) {
            float expected = Math.abs(col - 3.5) <= 1.0 ? 1.0f : 0.5f;
            assertEquals(expected, img[2 * 8 + col], 1e-6, "column " + col);
        }
        assertEquals(0.25, s.labels().column("sf")[0], 1e-12);
        assertEquals(90.0, s.labels().column("phase")[1], 1e-12);
        assertEquals(90.0, s.labels().column("orientation")[4], 1e-12);
    }
}
