package org.unitscope.stimulus.images.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;
import static org.unitscope.stimulus.images.internal.TestImages.open;
import static org.unitscope.stimulus.images.internal.TestImages.params;
import static org.unitscope.stimulus.images.internal.TestImages.renderAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.stimulus.StimulusSequence;

/**
 * scikit-image's data files, real images from many sources and a real truncated JPEG, as one ImageFolder (one
 * category per file type). The pom unpacks them from Debian's python3-skimage into target/skimage; without them this
 * test fails (it never skips: CI must run it).
 */
class ScikitImageDataTest {
    private static final List<String> TYPES = List.of("gif", "jpg", "png", "tif");
    private static Path data;

    @TempDir
    Path root;

    @BeforeAll
    static void findData() {
        String dir = System.getProperty("unitscope.skimage.data");
        Path fromPom = dir == null ? null : Path.of(dir);
        Path installed = Path.of("/usr/lib/python3/dist-packages/skimage/data");
        if (fromPom != null && Files.isRegularFile(fromPom.resolve("truncated.jpg"))) {
            data = fromPom;
        } else if (Files.isRegularFile(installed.resolve("truncated.jpg"))) {
            data = installed;
        } else {
            fail("scikit-image's data files are missing: neither " + fromPom + " (system property unitscope.skimage.data, "
                    + "unpacked by the pom with 'apt-get download python3-skimage') nor " + installed
                    + " (apt-get install python3-skimage) has truncated.jpg");
        }
    }

    @Test
    void theRealTruncatedJpegNeverPassesAsAnImage() {
        Path jpg = data.resolve("truncated.jpg");
        ImageCheck.Result check = ImageCheck.check(jpg, 50_000_000);
        if (check.ok()) {
            assertThatThrownBy(() -> ImageCodec.of(ImageType.JPEG).decode(jpg, 50_000_000)).isInstanceOf(IOException.class);
        } else {
            assertThat(check.problem()).startsWith("unreadable JPEG header (");
        }
    }

    @Test
    void everyDataImageDecodesExceptTheTruncatedOne() throws Exception {
        List<String> copied = new ArrayList<>();
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.sorted().toList()) {
                String type = ImageCheck.extension(f);
                if (Files.isRegularFile(f) && TYPES.contains(type)) {
                    Files.createDirectories(root.resolve(type));
                    Files.copy(f, root.resolve(type).resolve(f.getFileName()));
                    copied.add(type + "/" + f.getFileName());
                }
            }
        }
        assertThat(copied).contains("jpg/truncated.jpg").hasSizeGreaterThan(30);

        try (StimulusSequence s = open(new ImageFolderStimulusSet(), params("root", root.toString()), 32, 3, 1)) {
            float[] all = renderAll(s);
            List<String> bad = new ArrayList<>(s.skipped());
            for (Map.Entry<Integer, String> e : s.failures().entrySet()) {
                bad.add("(while rendering) " + e.getValue());
            }
            System.out.println("scikit-image data: " + copied.size() + " files, " + s.count() + " in the sequence; bad files: " + bad);
            assertThat(bad).hasSize(1);
            assertThat(bad.get(0)).matches("(\\(while rendering\\) )?jpg/truncated\\.jpg: .+");
            assertThat(s.count() + s.skipped().size()).isEqualTo(copied.size());
            assertThat(s.labels().levels().get("category")).containsExactlyElementsOf(TYPES);

            List<String> images = s.labels().levels().get("image");
            int px = s.format().pixelsPerStimulus();
            for (int i = 0; i < s.count(); i++) {
                if (s.failures().containsKey(i)) {
                    continue;
                }
                String path = images.get((int) s.labels().column("image")[i]);
                float min = Float.MAX_VALUE;
                float max = -Float.MAX_VALUE;
                for (int k = i * px; k < (i + 1) * px; k++) {
                    assertThat(all[k]).as(path).isBetween(0f, 1f);
                    min = Math.min(min, all[k]);
                    max = Math.max(max, all[k]);
                }
                if (path.contains("_U16")) {
                    // 16-bit files holding the 8-bit chessboard's values 0..255 (read from their strips): scaled by
                    // 1/65535 they are dark; an 8-bit reduction would have flattened them to 0
                    assertThat((double) max).as(path).isCloseTo(255 / 65535.0, within(1e-6));
                    assertThat(min).as(path).isEqualTo(0f);
                } else {
                    // none of the data images is a flat field; a silently failed decode would be
                    assertThat(max - min).as(path + " has contrast").isGreaterThan(0.05f);
                }
            }
            // the same chessboard as an 8-bit PNG and as 16-bit TIFFs: the same stimulus up to the factor 65535 / 255
            float[] png = TestImages.plane(all, s, TestImages.indexOf(s, "png/chessboard_GRAY.png"), 0);
            for (String tif : List.of("tif/chessboard_GRAY_U16.tif", "tif/chessboard_GRAY_U16B.tif")) {
                float[] t = TestImages.plane(all, s, TestImages.indexOf(s, tif), 0);
                for (int k = 0; k < png.length; k++) {
                    assertThat(t[k] * 257.0).as(tif + " pixel " + k).isCloseTo(png[k], within(1e-4));
                }
            }
        }
    }
}
