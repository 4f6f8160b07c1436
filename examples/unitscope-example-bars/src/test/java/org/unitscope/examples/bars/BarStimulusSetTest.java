package org.unitscope.examples.bars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;

class BarStimulusSetTest {

    private static StimulusSequence open(Map<String, Object> parameters, StimulusFormat format) {
        BarStimulusSet set = new BarStimulusSet();
        return set.open(Parameters.resolve(set.info(), parameters), format, 0);
    }

    @Test
    void verticalBarOfWidthTwoAtCentreLightsTwoColumnsOnly() {
        StimulusSequence s = open(Map.of("orientationCount", 2, "widths", List.of(2.0), "positionCount", 4), new StimulusFormat(8, 1, 8));
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

    @Test
    void darkBarsAtHalfContrastAreAQuarterBelowTheMeanInEveryChannel() {
        StimulusSequence s = open(Map.of("orientationCount", 1, "widths", List.of(2.0), "positionCount", 1, "contrast", 0.5,
                "dark", true), new StimulusFormat(8, 3, 8));
        float[] img = new float[3 * 64];
        s.render(0, 1, img, 0);
        for (int ch = 0; ch < 3; ch++) {
            assertEquals(0.25f, img[ch * 64 + 2 * 8 + 3], 1e-6, "channel " + ch + " in the bar");
            assertEquals(0.5f, img[ch * 64 + 2 * 8 + 0], 1e-6, "channel " + ch + " outside");
        }
    }

    @Test
    void anyRangeRendersAsTheWholeDoes() {
        StimulusSequence s = open(Map.of(), new StimulusFormat(16, 1, 16));
        float[] all = new float[s.count() * 256];
        s.render(0, s.count(), all, 0);
        float[] one = new float[256];
        s.render(37, 1, one, 0);
        for (int k = 0; k < 256; k++) {
            assertEquals(all[37 * 256 + k], one[k], 0.0, "pixel " + k);
        }
    }

    @Test
    void theParametersAreListedFromTheConfigurationTypeWithTheirDefaults() {
        var info = new BarStimulusSet().info();
        assertEquals("bars", info.id());
        assertEquals(List.of("orientationCount", "widths", "positionCount", "contrast", "dark"),
                info.parameters().stream().map(spec -> spec.name()).toList());
        StimulusSequence s = open(Map.of(), new StimulusFormat(8, 1, 8));
        assertEquals(12 * 3 * 8, s.count(), "the defaults: 12 orientations x 3 widths x 8 positions");
    }

    @Test
    void valuesOutsideTheDeclaredLimitsAreRefusedByName() {
        BarStimulusSet set = new BarStimulusSet();
        UnitscopeException contrast = assertThrows(UnitscopeException.class,
                () -> Parameters.resolve(set.info(), Map.of("contrast", 1.5)));
        assertTrue(contrast.getMessage().contains("contrast"), contrast.getMessage());
        assertThrows(UnitscopeException.class, () -> Parameters.resolve(set.info(), Map.of("widths", List.of(0.0))));
        Parameters empty = Parameters.resolve(set.info(), Map.of("widths", List.of()));
        UnitscopeException widths = assertThrows(UnitscopeException.class, () -> set.validate(empty));
        assertTrue(widths.getMessage().contains("widths"), widths.getMessage());
    }
}
