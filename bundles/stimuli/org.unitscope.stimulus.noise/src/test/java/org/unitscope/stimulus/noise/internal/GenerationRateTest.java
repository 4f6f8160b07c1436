package org.unitscope.stimulus.noise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unitscope.api.stimulus.StimulusFormat;

/** Generation rates per type and size, for the log only: no timing is asserted (machines differ). */
class GenerationRateTest {

    @Test
    void reportsStimuliPerSecond() {
        for (int size : new int[] {32, 92}) {
            for (String type : new String[] {"gaussian", "binary", "blocked", "pink"}) {
                for (boolean colour : new boolean[] {false, true}) {
                    StimulusFormat format = new StimulusFormat(size, 3, size);
                    NoiseSequence s = NoiseFixtures.open(format, 1, "type", type, "count", 1_000_000, "colour", colour);
                    float[] batch = new float[16 * format.pixelsPerStimulus()];
                    measure(s, batch, 0.2); // warm-up: compile the hot loops first
                    double rate = measure(s, batch, 0.5);
                    System.out.printf("noise rate %-8s %3dx%-3d x3 %-6s: %,10.0f stimuli/s%n", type, size, size,
                            colour ? "colour" : "gray", rate);
                    assertThat(rate).isPositive();
                }
            }
        }
    }

    /** Renders batches of 16 for at least {@code seconds}; returns stimuli per second. */
    private static double measure(NoiseSequence s, float[] batch, double seconds) {
        int n = batch.length / s.format().pixelsPerStimulus();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        int rendered = 0;
        do {
            s.render(rendered % (s.count() - n), n, batch, 0);
            rendered += n;
        } while (System.nanoTime() < deadline);
        return rendered / ((System.nanoTime() - start) / 1e9);
    }
}
