package org.unitscope.stimulus.images.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.unitscope.stimulus.images.internal.TestImages.open;
import static org.unitscope.stimulus.images.internal.TestImages.params;
import static org.unitscope.stimulus.images.internal.TestImages.plane;
import static org.unitscope.stimulus.images.internal.TestImages.renderAll;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.stimulus.StimulusSequence;

/** Small IDX files written here: pixel values, centring, labels, names and subsampling follow from what was written. */
class IdxStimulusSetTest {
    private static final IdxStimulusSet SET = new IdxStimulusSet();
    private static final int[] LABELS = {2, 0, 1, 2, 0};

    @TempDir
    Path dir;

    /** Image n, pixel (r, c) of 4 x 4: 10 n + 4 r + c. */
    private static int pixel(int n, int r, int c) {
        return 10 * n + 4 * r + c;
    }

    private Path[] write(boolean gzip, int[] labels) throws IOException {
        Path images = dir.resolve(gzip ? "images.gz" : "images.idx");
        try (DataOutputStream out = new DataOutputStream(stream(images, gzip))) {
            out.writeInt(0x00000803);
            out.writeInt(labels.length);
            out.writeInt(4);
            out.writeInt(4);
            for (int n = 0; n < labels.length; n++) {
                for (int r = 0; r < 4; r++) {
                    for (int c = 0; c < 4; c++) {
                        out.writeByte(pixel(n, r, c));
                    }
                }
            }
        }
        Path labelFile = dir.resolve(gzip ? "labels.gz" : "labels.idx");
        try (DataOutputStream out = new DataOutputStream(stream(labelFile, gzip))) {
            out.writeInt(0x00000801);
            out.writeInt(labels.length);
            for (int l : labels) {
                out.writeByte(l);
            }
        }
        return new Path[] {images, labelFile};
    }

    private static OutputStream stream(Path p, boolean gzip) throws IOException {
        OutputStream raw = Files.newOutputStream(p);
        return gzip ? new GZIPOutputStream(raw) : raw;
    }

    @Test
    void imagesAreCentredOnBlackInEveryChannelWithTheirLabels() throws Exception {
        for (boolean gzip : new boolean[] {false, true}) {
            Path[] f = write(gzip, LABELS);
            try (StimulusSequence s = open(SET, params("images", f[0].toString(), "labels", f[1].toString()), 8, 3, 1)) {
                assertThat(s.count()).isEqualTo(5);
                assertThat(s.labels().column("category")).containsExactly(2, 0, 1, 2, 0);
                assertThat(s.labels().levels().get("category")).containsExactly("0", "1", "2");
                assertThat(s.labels().levels().get("image")).containsExactly("idx:0", "idx:1", "idx:2", "idx:3", "idx:4");
                float[] all = renderAll(s);
                for (int n = 0; n < 5; n++) {
                    for (int c = 0; c < 3; c++) {
                        float[] p = plane(all, s, n, c);
                        for (int r = 0; r < 8; r++) {
                            for (int col = 0; col < 8; col++) {
                                boolean inside = r >= 2 && r < 6 && col >= 2 && col < 6;
                                double expected = inside ? pixel(n, r - 2, col - 2) / 255.0 : 0;
                                assertThat((double) p[r * 8 + col]).as("image %d channel %d (%d, %d)", n, c, r, col)
                                        .isCloseTo(expected, within(1e-6));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void smallerStimuliShrinkTheImageAndResizeScalesIt() throws Exception {
        Path[] f = write(false, LABELS);
        // 4 x 4 into 2 x 2: each output pixel is a weighted mean of the 4 x 4 source, weights symmetric about its 2 x 2 block
        try (StimulusSequence s = open(SET, params("images", f[0].toString(), "labels", f[1].toString()), 2, 1, 1)) {
            float[] p = plane(renderAll(s), s, 0, 0);
            // pixel(0, r, c) = 4r + c is linear, so a symmetric weighted mean is the value at the block's centre
            assertThat((double) p[0]).isCloseTo(firstPixelOfShrunkImage0(), within(1e-5));
            assertThat(p[1] - p[0]).isCloseTo(p[3] - p[2], within(1e-5f));
            assertThat(p[2] - p[0]).isGreaterThan(p[1] - p[0]);
        }
        // resize 8 into an 8 x 8 stimulus: enlarged 2x, filling it; a linear image stays linear inside (bilinear)
        try (StimulusSequence s = open(SET, params("images", f[0].toString(), "labels", f[1].toString(), "resize", 8), 8, 1, 1)) {
            float[] p = plane(renderAll(s), s, 0, 0);
            for (int r = 1; r < 7; r++) {
                for (int c = 1; c < 7; c++) {
                    // resized pixel (r, c) samples the source at ((r + 0.5) / 2 - 0.5, (c + 0.5) / 2 - 0.5)
                    double expected = (4 * ((r + 0.5) / 2 - 0.5) + ((c + 0.5) / 2 - 0.5)) / 255.0;
                    assertThat((double) p[r * 8 + c]).as("(%d, %d)", r, c).isCloseTo(expected, within(1e-5));
                }
            }
        }
    }

    /**
     * Output pixel (0, 0) of the 2:1 shrink, from the filter's definition: centre at source 1.0, triangle of half-width
     * 2, so source pixels 0, 1, 2 (centres 0.5, 1.5, 2.5) weigh 0.75, 0.75, 0.25 along each axis.
     */
    private static double firstPixelOfShrunkImage0() {
        double[] w = {0.75, 0.75, 0.25};
        double sum = 0;
        double total = 0;
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                sum += w[r] * w[c] * pixel(0, r, c);
                total += w[r] * w[c];
            }
        }
        return sum / total / 255.0;
    }

    @Test
    void namesApplyWhenTheyCountTheClasses() throws Exception {
        Path[] f = write(false, LABELS);
        try (StimulusSequence s = open(SET, params("images", f[0].toString(), "labels", f[1].toString(),
                "categoryNames", List.of("cat", "dog", "owl")), 8, 1, 1)) {
            assertThat(s.labels().levels().get("category")).containsExactly("cat", "dog", "owl");
        }
        assertThatThrownBy(() -> open(SET, params("images", f[0].toString(), "labels", f[1].toString(),
                "categoryNames", List.of("cat", "dog")), 8, 1, 1))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("2 categoryNames").hasMessageContaining("3 classes");
    }

    @Test
    void subsamplingKeepsFileOrderAndFollowsTheSeed() throws Exception {
        int[] labels = new int[30];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3;
        }
        Path[] f = write(false, labels);
        java.util.Set<List<String>> draws = new java.util.HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            List<String> a;
            try (StimulusSequence s = open(SET, params("images", f[0].toString(), "labels", f[1].toString(), "imagesPerCategory", 2), 8, 1, seed)) {
                a = s.labels().levels().get("image");
                assertThat(s.count()).isEqualTo(6);
                double[] cat = s.labels().column("category");
                for (int c = 0; c < 3; c++) {
                    final int cc = c;
                    assertThat(java.util.Arrays.stream(cat).filter(v -> v == cc).count()).isEqualTo(2);
                }
                assertThat(a).isSortedAccordingTo((x, y) -> Integer.compare(Integer.parseInt(x.substring(4)), Integer.parseInt(y.substring(4))));
            }
            try (StimulusSequence s = open(SET, params("images", f[0].toString(), "labels", f[1].toString(), "imagesPerCategory", 2), 8, 1, seed)) {
                assertThat(s.labels().levels().get("image")).isEqualTo(a);
            }
            draws.add(a);
        }
        assertThat(draws).hasSizeGreaterThan(1);
    }

    @Test
    void missingOrMismatchedFilesAreErrorsThatNameThem() throws Exception {
        Path[] f = write(false, LABELS);
        assertThatThrownBy(() -> open(SET, params("images", dir.resolve("nope").toString(), "labels", f[1].toString()), 8, 1, 1))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("nope").hasMessageContaining("not found");
        assertThatThrownBy(() -> open(SET, params("images", f[1].toString(), "labels", f[1].toString()), 8, 1, 1))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("rank 1");
        Path[] g = write(true, new int[] {0, 1});
        assertThatThrownBy(() -> open(SET, params("images", f[0].toString(), "labels", g[1].toString()), 8, 1, 1))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("5 images but");
    }
}
