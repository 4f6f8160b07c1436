package org.unitscope.stimulus.images.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.unitscope.stimulus.images.internal.TestImages.indexOf;
import static org.unitscope.stimulus.images.internal.TestImages.open;
import static org.unitscope.stimulus.images.internal.TestImages.params;
import static org.unitscope.stimulus.images.internal.TestImages.plane;
import static org.unitscope.stimulus.images.internal.TestImages.renderAll;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.stimulus.StimulusSequence;

/** Every kind of bad file is skipped at open() or reported while rendering, with its reason; the good ones still work. */
class BadFilesTest {
    private static final int GOOD = 0x336699;

    @TempDir
    Path root;

    @Test
    void badFilesAreSkippedOrReportedAndTheRestRuns() throws Exception {
        Path good = root.resolve("good");
        Path bad = root.resolve("bad");
        TestImages.write(TestImages.uniform(16, 16, BufferedImage.TYPE_INT_RGB, GOOD), "png", good.resolve("a.png"));
        TestImages.jpeg(TestImages.uniform(16, 16, BufferedImage.TYPE_INT_RGB, GOOD), good.resolve("b.jpg"));
        Files.createDirectories(bad);
        Files.createFile(bad.resolve("empty.png"));
        Files.writeString(bad.resolve("text.png"), "this is not a picture\n", StandardCharsets.UTF_8);
        Files.writeString(bad.resolve("notes.txt"), "labels were checked by hand\n", StandardCharsets.UTF_8);
        TestImages.write(TestImages.uniform(8, 8, BufferedImage.TYPE_INT_RGB, GOOD), "png", bad.resolve("png-named.jpg"));
        TestImages.write(TestImages.uniform(8, 8, BufferedImage.TYPE_INT_RGB, GOOD), "png", bad.resolve("no-extension"));
        TestImages.pngClaiming(100_000, 100_000, bad.resolve("bomb.png"));
        Files.write(bad.resolve("x.webp"), new byte[] {'R', 'I', 'F', 'F', 26, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L'});
        Files.createDirectories(bad.resolve("folder.png"));
        // cut in the middle of the scan data: the JDK decodes it with warnings only and fills the rest with gray
        TestImages.truncate(TestImages.jpeg(TestImages.noise(64, 64, 7), bad.resolve("cut.jpg")), 0.6);
        // cut in its tables (a tiny image is mostly header): the header cannot be read
        TestImages.truncate(TestImages.jpeg(TestImages.twoTone(64, 64, 0x102030, 0xF0E0D0), bad.resolve("cut-header.jpg")), 0.6);
        TestImages.truncate(TestImages.write(TestImages.twoTone(64, 64, 0x102030, 0xF0E0D0), "png", bad.resolve("cut.png")), 0.6);
        Path locked = TestImages.write(TestImages.uniform(8, 8, BufferedImage.TYPE_INT_RGB, GOOD), "png", bad.resolve("locked.png"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        TestImages.write(TestImages.uniform(8, 8, BufferedImage.TYPE_INT_RGB, GOOD), "png", root.resolve("stray.png"));
        Files.writeString(bad.resolve(".DS_Store"), "Finder metadata");
        // root reads files whatever their permissions: then locked.png is simply a good image
        boolean lockedReadable = Files.isReadable(locked);

        try (StimulusSequence s = open(SET, params("root", root.toString()), 8, 3, 1)) {
            System.out.println("skipped: " + s.skipped());
            assertThat(s.skipped()).contains(
                    "stray.png: not in a category folder",
                    "bad/empty.png: empty file (0 bytes)",
                    "bad/text.png: not an image (content is text)",
                    "bad/notes.txt: not an image (content is text)",
                    "bad/png-named.jpg: extension .jpg but content is PNG",
                    "bad/no-extension: no file extension (content is PNG)",
                    "bad/bomb.png: 100000 x 100000 = 10000000000 pixels exceeds maxPixels 50000000 (possible decompression bomb)",
                    "bad/x.webp: unsupported format WebP",
                    "bad/folder.png: a directory, not an image file",
                    "bad/cut-header.jpg: unreadable JPEG header (Bogus Huffman table definition)");
            assertThat(s.skipped()).noneMatch(line -> line.contains(".DS_Store"));
            if (lockedReadable) {
                assertThat(s.skipped()).noneMatch(line -> line.startsWith("bad/locked.png"));
            } else {
                assertThat(s.skipped()).contains("bad/locked.png: not readable (permission denied)");
            }
            assertThat(s.skipped()).hasSize(lockedReadable ? 10 : 11);

            float[] all = renderAll(s);
            Map<Integer, String> failures = s.failures();
            System.out.println("failed: " + failures);
            int cutJpg = indexOf(s, "bad/cut.jpg");
            int cutPng = indexOf(s, "bad/cut.png");
            assertThat(failures).containsOnlyKeys(cutJpg, cutPng);
            assertThat(failures.get(cutJpg)).startsWith("bad/cut.jpg: incomplete image data: ");
            assertThat(failures.get(cutPng)).startsWith("bad/cut.png: ");
            for (int i : failures.keySet()) {
                for (int c = 0; c < 3; c++) {
                    assertThat(plane(all, s, i, c)).containsOnly(0.5f);
                }
            }
            assertThat(s.count()).isEqualTo(lockedReadable ? 5 : 4);
            double[] rgb = {0x33 / 255.0, 0x66 / 255.0, 0x99 / 255.0};
            for (String f : lockedReadable ? new String[] {"good/a.png", "good/b.jpg", "bad/locked.png"} : new String[] {"good/a.png", "good/b.jpg"}) {
                int i = indexOf(s, f);
                for (int c = 0; c < 3; c++) {
                    for (float v : plane(all, s, i, c)) {
                        assertThat((double) v).as(f).isCloseTo(rgb[c], within(3 / 255.0));
                    }
                }
            }
        }
    }

    @Test
    void theSizeCheckReadsOnlyTheHeader() throws Exception {
        // with no limit the header of a 10^10-pixel PNG is still read (a decode would need 40 GB), and the decode
        // itself refuses before allocating
        Path bomb = TestImages.pngClaiming(100_000, 100_000, root.resolve("bomb.png"));
        assertThat(ImageCheck.check(bomb, Long.MAX_VALUE).ok()).isTrue();
        assertThat(ImageCheck.check(bomb, 50_000_000).problem()).contains("exceeds maxPixels");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImageCodec.of(ImageType.PNG).decode(bomb, 50_000_000))
                .hasMessageContaining("possible decompression bomb");
    }

    @Test
    void aFolderWithNothingUsableIsAnErrorThatShowsWhy() throws Exception {
        Files.createDirectories(root.resolve("c"));
        Files.createFile(root.resolve("c/empty.jpg"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> open(SET, params("root", root.toString()), 8, 3, 1))
                .hasMessageContaining("no usable image").hasMessageContaining("c/empty.jpg: empty file (0 bytes)");
    }

    private static final ImageFolderStimulusSet SET = new ImageFolderStimulusSet();
}
