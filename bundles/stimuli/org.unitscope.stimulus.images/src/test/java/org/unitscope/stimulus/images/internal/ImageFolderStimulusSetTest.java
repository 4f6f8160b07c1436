package org.unitscope.stimulus.images.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.unitscope.stimulus.images.internal.TestImages.indexOf;
import static org.unitscope.stimulus.images.internal.TestImages.open;
import static org.unitscope.stimulus.images.internal.TestImages.params;
import static org.unitscope.stimulus.images.internal.TestImages.plane;
import static org.unitscope.stimulus.images.internal.TestImages.renderAll;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.imaging.ImageFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.stimulus.StimulusSequence;

/** Real files of every supported kind decode to the values they were written with, land where expected, and carry their labels. */
class ImageFolderStimulusSetTest {
    private static final ImageFolderStimulusSet SET = new ImageFolderStimulusSet();

    @TempDir
    Path root;

    /** Every pixel of every channel of stimulus i equals the expected value of that channel. */
    private static void assertUniform(float[] all, StimulusSequence s, String path, double[] expected, double tolerance) {
        int i = indexOf(s, path);
        for (int c = 0; c < expected.length; c++) {
            for (float v : plane(all, s, i, c)) {
                assertThat((double) v).as(path + " channel " + c).isCloseTo(expected[c], within(tolerance));
            }
        }
    }

    @Test
    void everyFormatDecodesToTheValuesItWasWrittenWith() throws Exception {
        Path d = root.resolve("formats");
        TestImages.write(TestImages.graySamples(12, 9, BufferedImage.TYPE_BYTE_GRAY, 51), "png", d.resolve("gray8.png"));
        TestImages.write(TestImages.graySamples(12, 9, BufferedImage.TYPE_USHORT_GRAY, 40000), "png", d.resolve("gray16.png"));
        TestImages.write(TestImages.uniform(12, 9, BufferedImage.TYPE_INT_RGB, 0xFF4010), "png", d.resolve("rgb.png"));
        TestImages.write(rgb16(12, 9, 65535, 32768, 0), "png", d.resolve("rgb16.png"));
        TestImages.write(TestImages.uniform(12, 9, BufferedImage.TYPE_INT_ARGB, 0x80FF0000), "png", d.resolve("rgba.png"));
        TestImages.write(TestImages.palette(12, 9, new int[] {0x000000, 0x0000FF, 0xFF0000, 0xFFFFFF}, 1), "png", d.resolve("palette.png"));
        TestImages.write(transparentPalette(12, 9), "png", d.resolve("palette-alpha.png"));
        TestImages.jpeg(TestImages.uniform(12, 9, BufferedImage.TYPE_INT_RGB, 0xC86432), d.resolve("rgb.jpg"));
        TestImages.jpeg(TestImages.graySamples(12, 9, BufferedImage.TYPE_BYTE_GRAY, 77), d.resolve("gray.jpeg"));
        TestImages.write(TestImages.uniform(12, 9, BufferedImage.TYPE_3BYTE_BGR, 0x0A141E), "bmp", d.resolve("rgb.bmp"));
        TestImages.write(TestImages.uniform(12, 9, BufferedImage.TYPE_BYTE_INDEXED, 0x336699), "gif", d.resolve("web.gif"));
        TestImages.imaging(TestImages.uniform(12, 9, BufferedImage.TYPE_INT_RGB, 0x1E3C5A), ImageFormats.TIFF, d.resolve("rgb.tif"));
        TestImages.imaging(TestImages.uniform(12, 9, BufferedImage.TYPE_INT_RGB, 0x78828C), ImageFormats.PPM, d.resolve("rgb.ppm"));
        TestImages.imaging(TestImages.uniform(12, 9, BufferedImage.TYPE_INT_RGB, 0x102030), ImageFormats.PCX, d.resolve("rgb.pcx"));

        try (StimulusSequence s = open(SET, params("root", root.toString()), 6, 3, 1)) {
            assertThat(s.skipped()).isEmpty();
            assertThat(s.count()).isEqualTo(14);
            float[] all = renderAll(s);
            assertThat(s.failures()).isEmpty();
            double exact = 1e-6;
            assertUniform(all, s, "formats/gray8.png", new double[] {0.2, 0.2, 0.2}, exact);
            // 16-bit samples keep their precision: an 8-bit reduction would give 156/255 = 0.6118
            double g16 = 40000 / 65535.0;
            assertUniform(all, s, "formats/gray16.png", new double[] {g16, g16, g16}, exact);
            assertUniform(all, s, "formats/rgb.png", new double[] {1, 64 / 255.0, 16 / 255.0}, exact);
            assertUniform(all, s, "formats/rgb16.png", new double[] {1, 32768 / 65535.0, 0}, exact);
            double a = 128 / 255.0;
            assertUniform(all, s, "formats/rgba.png", new double[] {a + 0.5 * (1 - a), 0.5 * (1 - a), 0.5 * (1 - a)}, exact);
            assertUniform(all, s, "formats/palette.png", new double[] {0, 0, 1}, exact);
            // palette entry 1 is blue with alpha 64: composited over mean gray
            double pa = 64 / 255.0;
            assertUniform(all, s, "formats/palette-alpha.png", new double[] {0.5 * (1 - pa), 0.5 * (1 - pa), pa + 0.5 * (1 - pa)}, exact);
            assertUniform(all, s, "formats/rgb.jpg", new double[] {200 / 255.0, 100 / 255.0, 50 / 255.0}, 3 / 255.0);
            assertUniform(all, s, "formats/gray.jpeg", new double[] {77 / 255.0, 77 / 255.0, 77 / 255.0}, 2 / 255.0);
            assertUniform(all, s, "formats/rgb.bmp", new double[] {10 / 255.0, 20 / 255.0, 30 / 255.0}, exact);
            assertUniform(all, s, "formats/web.gif", new double[] {0.2, 0.4, 0.6}, exact);
            assertUniform(all, s, "formats/rgb.tif", new double[] {30 / 255.0, 60 / 255.0, 90 / 255.0}, exact);
            assertUniform(all, s, "formats/rgb.ppm", new double[] {120 / 255.0, 130 / 255.0, 140 / 255.0}, exact);
            assertUniform(all, s, "formats/rgb.pcx", new double[] {16 / 255.0, 32 / 255.0, 48 / 255.0}, exact);
        }
    }

    @Test
    void aCmykJpegGoesThroughItsColourModelToRgb() throws Exception {
        // C 0, M 128, Y 255, K 0: R = 1 - C, G = 1 - M, B = 1 - Y (no black ink)
        TestImages.cmykJpeg(12, 9, new int[] {0, 128, 255, 0}, root.resolve("print/cmyk.jpg"));
        try (StimulusSequence s = open(SET, params("root", root.toString()), 6, 3, 1)) {
            assertUniform(renderAll(s), s, "print/cmyk.jpg", new double[] {1, 127 / 255.0, 0}, 3 / 255.0);
            assertThat(s.failures()).isEmpty();
        }
    }

    @Test
    void oneChannelGivesLuminanceAndGrayIsReplicated() throws Exception {
        Path d = root.resolve("c");
        TestImages.write(TestImages.uniform(8, 8, BufferedImage.TYPE_INT_RGB, 0xFF4010), "png", d.resolve("rgb.png"));
        TestImages.write(TestImages.graySamples(8, 8, BufferedImage.TYPE_BYTE_GRAY, 51), "png", d.resolve("gray.png"));
        try (StimulusSequence s = open(SET, params("root", root.toString()), 4, 1, 1)) {
            float[] all = renderAll(s);
            assertUniform(all, s, "c/rgb.png", new double[] {0.299 + 0.587 * 64 / 255.0 + 0.114 * 16 / 255.0}, 1e-6);
            assertUniform(all, s, "c/gray.png", new double[] {0.2}, 1e-6);
        }
        try (StimulusSequence s = open(SET, params("root", root.toString()), 4, 3, 1)) {
            float[] all = renderAll(s);
            assertUniform(all, s, "c/gray.png", new double[] {0.2, 0.2, 0.2}, 1e-6);
        }
        assertThatThrownBy(() -> open(SET, params("root", root.toString()), 4, 2, 1))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("1 (gray) or 3 (RGB)");
    }

    /**
     * A 40 x 20 image, left half 0.2, right half 0.8 (edge between source columns 19 and 20), into 10 x 10 stimuli.
     * Expected columns follow from the geometry alone; the two mixed columns from the filter's definition (triangle of
     * half-width 2 source px at a 2:1 shrink: source weights 1/8, 3/8, 3/8, 1/8).
     */
    @Test
    void resizeAndCropPutTheEdgeWhereTheGeometrySays() throws Exception {
        TestImages.write(TestImages.twoTone(40, 20, 0x333333, 0xCCCCCC), "png", root.resolve("t/edge.png"));
        double left = 0.2;
        double right = 0.8;
        // shorter side 20 -> 10: resized 20 x 10, window from resized column 5 = source columns 10..29
        try (StimulusSequence s = open(SET, params("root", root.toString()), 10, 1, 1)) {
            float[] p = plane(renderAll(s), s, 0, 0);
            double[] expected = {left, left, left, left, left * 7 / 8 + right / 8, right * 7 / 8 + left / 8, right, right, right, right};
            assertRows(p, 10, 0, 10, expected, 1e-5);
        }
        // resize 20 = native scale: the window is source columns 15..24, copied pixel for pixel
        try (StimulusSequence s = open(SET, params("root", root.toString(), "resize", 20), 10, 1, 1)) {
            float[] p = plane(renderAll(s), s, 0, 0);
            assertRows(p, 10, 0, 10, new double[] {left, left, left, left, left, right, right, right, right, right}, 1e-6);
        }
        // no crop: longer side 40 -> 10, the 10 x 5 image centred with rows 0-1 and 7-9 mean gray
        try (StimulusSequence s = open(SET, params("root", root.toString(), "crop", false), 10, 1, 1)) {
            float[] p = plane(renderAll(s), s, 0, 0);
            double g = 0.5;
            assertRows(p, 10, 0, 2, new double[] {g, g, g, g, g, g, g, g, g, g}, 1e-6);
            assertRows(p, 10, 7, 10, new double[] {g, g, g, g, g, g, g, g, g, g}, 1e-6);
            for (int row = 2; row < 7; row++) {
                for (int col = 0; col < 10; col++) {
                    double v = p[row * 10 + col];
                    if (col < 4) {
                        assertThat(v).as("row %d col %d", row, col).isCloseTo(left, within(1e-5));
                    } else if (col >= 6) {
                        assertThat(v).as("row %d col %d", row, col).isCloseTo(right, within(1e-5));
                    } else {
                        assertThat(v).as("row %d col %d", row, col).isStrictlyBetween(left, right);
                    }
                }
            }
        }
    }

    private static void assertRows(float[] p, int size, int fromRow, int toRow, double[] expected, double tolerance) {
        for (int row = fromRow; row < toRow; row++) {
            for (int col = 0; col < size; col++) {
                assertThat((double) p[row * size + col]).as("row %d col %d", row, col).isCloseTo(expected[col], within(tolerance));
            }
        }
    }

    @Test
    void categoriesAreSortedFolderNamesAndLabelsNameFileAndCategory() throws Exception {
        for (String f : List.of("zebra/z1.png", "zebra/z2.png", "ant/a1.png", "mole/deep/m1.png", "mole/m2.png", "mole/m3.png")) {
            TestImages.write(TestImages.uniform(4, 4, BufferedImage.TYPE_INT_RGB, 0x808080), "png", root.resolve(f));
        }
        try (StimulusSequence s = open(SET, params("root", root.toString()), 4, 3, 1)) {
            assertThat(s.labels().levels().get("category")).containsExactly("ant", "mole", "zebra");
            assertThat(s.labels().levels().get("image"))
                    .containsExactly("ant/a1.png", "mole/deep/m1.png", "mole/m2.png", "mole/m3.png", "zebra/z1.png", "zebra/z2.png");
            assertThat(s.labels().column("category")).containsExactly(0, 1, 1, 1, 2, 2);
            assertThat(s.labels().column("image")).containsExactly(0, 1, 2, 3, 4, 5);
        }
        try (StimulusSequence s = open(SET, params("root", root.toString(), "categories", List.of("zebra", "ant")), 4, 3, 1)) {
            assertThat(s.labels().levels().get("category")).containsExactly("ant", "zebra");
            assertThat(s.labels().levels().get("image")).containsExactly("ant/a1.png", "zebra/z1.png", "zebra/z2.png");
            assertThat(s.labels().column("category")).containsExactly(0, 1, 1);
        }
        assertThatThrownBy(() -> open(SET, params("root", root.toString(), "categories", List.of("lion")), 4, 3, 1))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'lion'").hasMessageContaining("[ant, mole, zebra]");
        assertThatThrownBy(() -> open(SET, params("root", root.resolve("nowhere").toString()), 4, 3, 1))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> open(SET, params(), 4, 3, 1))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'root'");
    }

    @Test
    void subsamplingAndShufflingFollowTheSeed() throws Exception {
        for (String c : List.of("a", "b", "c")) {
            for (int i = 0; i < 6; i++) {
                TestImages.write(TestImages.uniform(4, 4, BufferedImage.TYPE_INT_RGB, 0x101010 * i), "png", root.resolve(c + "/" + i + ".png"));
            }
        }
        List<String> all;
        try (StimulusSequence s = open(SET, params("root", root.toString()), 4, 3, 1)) {
            all = s.labels().levels().get("image");
        }
        Set<List<String>> draws = new HashSet<>();
        for (long seed = 1; seed <= 10; seed++) {
            List<String> first = images(Map.of("root", root.toString(), "imagesPerCategory", 2), seed);
            assertThat(images(Map.of("root", root.toString(), "imagesPerCategory", 2), seed)).isEqualTo(first);
            assertThat(first).hasSize(6);
            for (String c : List.of("a/", "b/", "c/")) {
                assertThat(first.stream().filter(p -> p.startsWith(c))).hasSize(2);
            }
            assertThat(first).isSortedAccordingTo((x, y) -> Integer.compare(all.indexOf(x), all.indexOf(y)));
            draws.add(first);

            List<String> shuffled = images(Map.of("root", root.toString(), "shuffle", true), seed);
            assertThat(shuffled).containsExactlyInAnyOrderElementsOf(all).isEqualTo(images(Map.of("root", root.toString(), "shuffle", true), seed));
            draws.add(shuffled);
        }
        // 15^3 possible subsets and 18! orders: ten seeds that all drew alike would mean the seed is ignored
        assertThat(draws).hasSizeGreaterThan(10);
    }

    private List<String> images(Map<String, Object> p, long seed) {
        try (StimulusSequence s = open(SET, p, 4, 3, seed)) {
            List<String> out = new ArrayList<>();
            for (double i : s.labels().column("image")) {
                out.add(s.labels().levels().get("image").get((int) i));
            }
            return out;
        }
    }

    @Test
    void anyRangeInAnyOrderRendersTheSameStimuli() throws Exception {
        for (int i = 0; i < 9; i++) {
            BufferedImage img = TestImages.twoTone(10 + i, 7 + 2 * i, 0x102030 * (i + 1), 0xFFFFFF - 0x050505 * i);
            TestImages.write(img, "png", root.resolve((i % 3) + "/" + i + ".png"));
        }
        try (StimulusSequence s = open(SET, params("root", root.toString()), 5, 3, 1)) {
            int px = s.format().pixelsPerStimulus();
            float[] batch = renderAll(s);
            float[] one = new float[px + 3];
            for (int i = s.count() - 1; i >= 0; i--) {
                s.render(i, 1, one, 3);
                for (int k = 0; k < px; k++) {
                    assertThat(one[3 + k]).as("stimulus %d value %d", i, k).isEqualTo(batch[i * px + k]);
                }
            }
            float[] middle = new float[3 * px];
            s.render(4, 3, middle, 0);
            for (int k = 0; k < 3 * px; k++) {
                assertThat(middle[k]).isEqualTo(batch[4 * px + k]);
            }
            assertThatThrownBy(() -> s.render(8, 2, new float[2 * px], 0)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    /** 16-bit RGB, a type the JDK has no constant for. */
    private static BufferedImage rgb16(int width, int height, int r, int g, int b) {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false, Transparency.OPAQUE,
                DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {r, g, b});
            }
        }
        return new BufferedImage(cm, raster, false, null);
    }

    /** A palette whose entry 1 (blue) has alpha 64; every pixel is entry 1. */
    private static BufferedImage transparentPalette(int width, int height) {
        byte[] r = {0, 0, (byte) 255, (byte) 255};
        byte[] g = {0, 0, 0, (byte) 255};
        byte[] b = {0, (byte) 255, 0, (byte) 255};
        byte[] a = {(byte) 255, 64, (byte) 255, (byte) 255};
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY, new IndexColorModel(2, 4, r, g, b, a));
        WritableRaster raster = img.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, 1);
            }
        }
        return img;
    }
}
