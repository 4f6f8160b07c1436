package org.unitscope.stimulus.images.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unitscope.stimulus.images.internal.TestImages.open;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.api.stimulus.StimulusSequence;

/**
 * The real Fashion-MNIST test set as Debian's dataset-fashion-mnist installs it (the idx-images defaults): counts,
 * names, pixel values against the raw file, random access, decode rate, and memory that does not grow while streaming.
 */
class FashionMnistTest {
    private static final Path DIR = Path.of(IdxStimulusSet.DATASETS);
    private static final IdxStimulusSet SET = new IdxStimulusSet();

    @BeforeAll
    static void datasetInstalled() {
        // real data is part of the test: scripts/prerequisites installs it, so its absence is a failure, not a skip
        org.assertj.core.api.Assertions.assertThat(DIR.resolve("t10k-images-idx3-ubyte.gz"))
                .as("dataset-fashion-mnist must be installed (scripts/prerequisites)").isRegularFile();
    }

    /** Image n's 784 bytes, read here from the gzipped file without the IdxFile under test. */
    private static int[] rawImage(int n) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DIR.resolve("t10k-images-idx3-ubyte.gz")))) {
            DataInputStream data = new DataInputStream(in);
            assertThat(data.readInt()).isEqualTo(0x803);
            data.skipNBytes(12 + 784L * n);
            int[] px = new int[784];
            for (int i = 0; i < 784; i++) {
                px[i] = data.readUnsignedByte();
            }
            return px;
        }
    }

    @Test
    void theTestSetHasTenCategoriesOfAThousandNamedLikeFashionMnist() throws Exception {
        try (StimulusSequence s = open(SET, Map.of(), 28, 1, 1)) {
            assertThat(s.count()).isEqualTo(10_000);
            assertThat(s.labels().levels().get("category")).containsExactly("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
            int[] perCategory = new int[10];
            for (double c : s.labels().column("category")) {
                perCategory[(int) c]++;
            }
            assertThat(perCategory).containsOnly(1000);
            assertThat(s.labels().levels().get("image").get(9_999)).isEqualTo("idx:9999");

            float[] batch = new float[10 * 784];
            s.render(1234, 10, batch, 0);
            for (int k = 0; k < 10; k++) {
                int[] raw = rawImage(1234 + k);
                for (int i = 0; i < 784; i++) {
                    assertThat(batch[k * 784 + i]).isEqualTo(raw[i] / 255f);
                }
            }
            float[] one = new float[784];
            for (int k : new int[] {9, 0, 5}) {
                s.render(1234 + k, 1, one, 0);
                assertThat(one).containsExactly(java.util.Arrays.copyOfRange(batch, k * 784, (k + 1) * 784));
            }
        }
    }

    @Test
    void decodeRate() {
        for (int[] f : new int[][] {{28, 1}, {32, 3}, {64, 3}}) {
            long opening = System.nanoTime();
            try (StimulusSequence s = open(SET, f[0] == 64 ? Map.of("resize", 64) : Map.of(), f[0], f[1], 1)) {
                double openSeconds = (System.nanoTime() - opening) / 1e9;
                float[] batch = new float[256 * s.format().pixelsPerStimulus()];
                double seconds = 0;
                for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT up
                    long t0 = System.nanoTime();
                    for (int from = 0; from < s.count(); from += 256) {
                        s.render(from, Math.min(256, s.count() - from), batch, 0);
                    }
                    seconds = (System.nanoTime() - t0) / 1e9;
                }
                System.out.printf(Locale.ROOT, "Fashion-MNIST decode rate: %d images to %dx%dx%d in %.3f s = %.0f images/s (open: %.2f s)%n",
                        s.count(), f[1], f[0], f[0], seconds, s.count() / seconds, openSeconds);
            }
        }
    }

    @Test
    void streamingAllImagesDoesNotGrowTheHeap() {
        try (StimulusSequence s = open(SET, Map.of("resize", 64), 64, 3, 1)) {
            float[] batch = new float[256 * s.format().pixelsPerStimulus()];
            long early = 0;
            long peakGrowth = 0;
            for (int b = 0, from = 0; from < s.count(); b++, from += 256) {
                s.render(from, Math.min(256, s.count() - from), batch, 0);
                if (b == 2) {
                    early = Heap.usedAfterGc();
                } else if (b > 2 && b % 8 == 0) {
                    peakGrowth = Math.max(peakGrowth, Heap.usedAfterGc() - early);
                }
            }
            peakGrowth = Math.max(peakGrowth, Heap.usedAfterGc() - early);
            System.out.printf(Locale.ROOT, "Fashion-MNIST streaming: heap growth after batch 2: %.1f MB (10,000 stimuli are %.0f MB)%n",
                    peakGrowth / 1e6, 10_000.0 * s.format().pixelsPerStimulus() * 4 / 1e6);
            // holding the rendered stimuli would take 491 MB; holding even one float per pixel per image, 31 MB
            assertThat(peakGrowth).isLessThan(8_000_000L);
        }
    }
}
