package org.unitscope.stimulus.grating.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;

/** The grating set as a plug-in author meets it: the axis convention, the blank, and parameters checked early. */
class GratingStimulusSetTest {
    private static final int SIDE = 33;
    private final GratingStimulusSet set = new GratingStimulusSet();

    private StimulusSequence open(Map<String, Object> raw) {
        return set.open(Parameters.resolve(set.info(), raw), new StimulusFormat(SIDE, 1, SIDE), 1);
    }

    private static float[] image(StimulusSequence s, int index) {
        float[] pixels = new float[SIDE * SIDE];
        s.render(index, 1, pixels, 0);
        return pixels;
    }

    private static float at(float[] image, int row, int col) {
        return image[row * SIDE + col];
    }

    @Test
    void orientationIsTheWaveVectorCounterClockwiseFromXWithYUp() {
        // one grating per orientation, phase 0, SF 0.05: at the centre the luminance rises along the wave vector
        StimulusSequence s = open(Map.of("orientations", java.util.List.of(0.0, 45.0, 90.0), "sfs", java.util.List.of(0.05),
                "phaseCount", 1, "blank", false));
        int c = SIDE / 2;
        float[] vertical = image(s, 0);
        float[] oblique = image(s, 1);
        float[] horizontal = image(s, 2);
        for (int i = 0; i < SIDE; i++) {
            // 0 deg: vertical stripes (every column constant); 90 deg: horizontal stripes (every row constant)
            assertThat(at(vertical, i, 5)).isEqualTo(at(vertical, c, 5));
            assertThat(at(horizontal, 5, i)).isEqualTo(at(horizontal, 5, c));
        }
        // 0 deg rises to the right; 90 deg rises upwards (towards row 0), not downwards
        assertThat(at(vertical, c, c + 1)).isGreaterThan(at(vertical, c, c)).isGreaterThan(at(vertical, c, c - 1));
        assertThat(at(horizontal, c - 1, c)).isGreaterThan(at(horizontal, c, c)).isGreaterThan(at(horizontal, c + 1, c));
        // 45 deg: stripes run from top-left to bottom-right (constant along (row + 1, col + 1)), rising up-right
        assertThat(at(oblique, c + 3, c + 3)).isCloseTo(at(oblique, c, c), within(1e-6f));
        assertThat(at(oblique, c - 1, c + 1)).isGreaterThan(at(oblique, c, c));
    }

    @Test
    void theLastStimulusIsABlankScreenAtTheMeanLuminanceLabelledAsSuch() {
        StimulusSequence s = open(Map.of("orientationCount", 4, "sfCount", 2, "phaseCount", 2, "mean", 0.4, "contrast", 0.5));
        assertThat(s.count()).isEqualTo(4 * 2 * 2 + 1);
        LabelTable labels = s.labels();
        double[] blank = labels.column("blank");
        assertThat(blank[s.count() - 1]).isEqualTo(1.0);
        assertThat(java.util.Arrays.stream(blank).sum()).isEqualTo(1.0);
        assertThat(labels.column("orientation")[s.count() - 1]).isNaN();
        assertThat(labels.column("sf")[s.count() - 1]).isNaN();
        for (float v : image(s, s.count() - 1)) {
            assertThat(v).isEqualTo(0.4f);
        }
        assertThat(open(Map.of("blank", false)).labels().column("blank")).containsOnly(0.0);
    }

    @Test
    void outOfRangeParametersAreRefusedWhenResolvedWithTheAllowedValues() {
        assertThatThrownBy(() -> Parameters.resolve(set.info(), Map.of("contrast", 1.5)))
                .hasMessage("parameter 'contrast' of 'gratings' is 1.5; allowed: [0, 1]");
        assertThatThrownBy(() -> Parameters.resolve(set.info(), Map.of("sfs", java.util.List.of(0.1, -0.2))))
                .hasMessage("parameter 'sfs' of 'gratings' is -0.2; allowed: > 0");
        assertThatThrownBy(() -> Parameters.resolve(set.info(), Map.of("phaseCount", 0)))
                .hasMessage("parameter 'phaseCount' of 'gratings' is 0; allowed: >= 1");
        Parameters tooBright = Parameters.resolve(set.info(), Map.of("mean", 0.7, "contrast", 0.9));
        assertThatThrownBy(() -> set.validate(tooBright)).hasMessageContaining("mean * (1 + contrast) <= 1");
    }
}
