package org.unitscope.stimulus.noise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unitscope.api.stimulus.StimulusFormat;

/** A patch smaller than the frame sits in its middle on a background of exactly the mean luminance. */
class CentredPatchTest {

    @ParameterizedTest
    @CsvSource({"40, 16, 12", "41, 16, 12", "17, 16, 0", "9, 1, 4"})
    void thePatchIsCentredAndTheSurroundIsTheMean(int frame, int size, int origin) {
        double mean = 0.37;
        StimulusFormat format = new StimulusFormat(frame, 3, size);
        NoiseSequence s = NoiseFixtures.open(format, 31, "type", "binary", "count", 4, "size", size, "mean", mean,
                "contrast", 0.3, "colour", true);
        float[] x = new float[2 * format.pixelsPerStimulus()];
        s.render(2, 2, x, 0);
        for (int k = 0; k < 2; k++) {
            float[] patch = s.patch(2 + k);
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < frame; y++) {
                    for (int xx = 0; xx < frame; xx++) {
                        float v = x[k * format.pixelsPerStimulus() + c * frame * frame + y * frame + xx];
                        boolean inside = y >= origin && y < origin + size && xx >= origin && xx < origin + size;
                        if (inside) {
                            assertThat(v).isIn((float) (mean - 0.3), (float) (mean + 0.3));
                        }
                        float expected = inside ? patch[c * size * size + (y - origin) * size + (xx - origin)] : (float) mean;
                        assertThat(v).as("stimulus %d channel %d at (%d, %d)", 2 + k, c, y, xx).isEqualTo(expected);
                    }
                }
            }
        }
        // the margins: equal on both sides, or one pixel more on the bottom/right when frame - size is odd
        assertThat(frame - size - origin - origin).isBetween(0, 1);
    }
}
