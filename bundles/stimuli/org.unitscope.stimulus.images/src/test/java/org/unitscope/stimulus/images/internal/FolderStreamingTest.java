package org.unitscope.stimulus.images.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unitscope.stimulus.images.internal.TestImages.open;
import static org.unitscope.stimulus.images.internal.TestImages.params;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.stimulus.StimulusSequence;

/** Rendering a folder batch by batch keeps no decoded image: the heap does not grow with the number of images. */
class FolderStreamingTest {
    private static final int IMAGES = 600;

    @TempDir
    java.nio.file.Path root;

    @Test
    void streamingAFolderDoesNotGrowTheHeap() throws Exception {
        for (int i = 0; i < IMAGES; i++) {
            TestImages.jpeg(TestImages.noise(128, 96, i), root.resolve("c" + (i % 3)).resolve(i + ".jpg"));
        }
        try (StimulusSequence s = open(new ImageFolderStimulusSet(), params("root", root.toString()), 64, 3, 1)) {
            assertThat(s.count()).isEqualTo(IMAGES);
            float[] batch = new float[64 * s.format().pixelsPerStimulus()];
            long early = 0;
            long peakGrowth = 0;
            long t0;
            for (int b = 0, from = 0; from < s.count(); b++, from += 64) {
                s.render(from, Math.min(64, s.count() - from), batch, 0);
                if (b == 1) {
                    early = Heap.usedAfterGc();
                } else if (b > 1) {
                    peakGrowth = Math.max(peakGrowth, Heap.usedAfterGc() - early);
                }
            }
            assertThat(s.failures()).isEmpty();
            t0 = System.nanoTime();
            for (int from = 0; from < s.count(); from += 64) {
                s.render(from, Math.min(64, s.count() - from), batch, 0);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "image-folder streaming: heap growth after batch 1: %.1f MB; %d JPEGs (128x96 -> 3x64x64) "
                    + "decoded at %.0f images/s on %d threads%n", peakGrowth / 1e6, IMAGES, IMAGES / seconds, DecodePool.defaultThreads());
            // keeping the decoded images would hold 600 x 48 KB = 29 MB, the stimuli as many again
            assertThat(peakGrowth).isLessThan(8_000_000L);
        }
    }
}
