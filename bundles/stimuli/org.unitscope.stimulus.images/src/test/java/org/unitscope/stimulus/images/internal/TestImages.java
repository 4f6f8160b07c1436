package org.unitscope.stimulus.images.internal;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.commons.imaging.ImageFormats;
import org.apache.commons.imaging.Imaging;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;

/** Real encoded image files written by the tests themselves, with pixel values known by construction. */
final class TestImages {
    private TestImages() {
    }

    /** An 8-bit image of one type, every pixel the given ARGB colour (setRGB converts for gray and palette types). */
    static BufferedImage uniform(int width, int height, int type, int argb) {
        BufferedImage img = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, argb);
            }
        }
        return img;
    }

    /** A gray image whose raster holds {@code value} in every pixel (8 or 16 bit by type). */
    static BufferedImage graySamples(int width, int height, int type, int value) {
        BufferedImage img = new BufferedImage(width, height, type);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                r.setSample(x, y, 0, value);
            }
        }
        return img;
    }

    /** Seeded random RGB pixels: a JPEG of it is mostly entropy-coded data, so cutting its tail cuts pixels, not tables. */
    static BufferedImage noise(int width, int height, long seed) {
        java.util.Random random = new java.util.Random(seed);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return img;
    }

    /** RGB with the left half one colour and the right half another (left: x < width / 2). */
    static BufferedImage twoTone(int width, int height, int leftRgb, int rightRgb) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, x < width / 2 ? leftRgb : rightRgb);
            }
        }
        return img;
    }

    /** A 2-bit palette image, every pixel palette entry {@code index}. */
    static BufferedImage palette(int width, int height, int[] rgb, int index) {
        byte[] r = new byte[rgb.length];
        byte[] g = new byte[rgb.length];
        byte[] b = new byte[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            r[i] = (byte) (rgb[i] >> 16);
            g[i] = (byte) (rgb[i] >> 8);
            b[i] = (byte) rgb[i];
        }
        IndexColorModel cm = new IndexColorModel(2, rgb.length, r, g, b);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY, cm);
        WritableRaster raster = img.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, index);
            }
        }
        return img;
    }

    static Path write(BufferedImage img, String imageIoFormat, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(img, imageIoFormat, file.toFile())) {
            throw new IOException("no ImageIO writer for " + imageIoFormat + " and " + img);
        }
        return file;
    }

    /** A JPEG at the best quality, so a uniform image decodes to within a level or two. */
    static Path jpeg(BufferedImage img, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(1f);
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            w.setOutput(out);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return file;
    }

    /** A JPEG of four channels, which the JDK reads back as CMYK (the ink values c, m, y, k in 0..255 everywhere). */
    static Path cmykJpeg(int width, int height, int[] cmyk, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, cmyk);
            }
        }
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(1f);
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            w.setOutput(out);
            w.write(null, new IIOImage(raster, null, null), p);
        } finally {
            w.dispose();
        }
        return file;
    }

    /** Through Apache Commons Imaging's own writer (TIFF, PNM, PCX, ...). */
    static Path imaging(BufferedImage img, ImageFormats format, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Imaging.writeImage(img, file.toFile(), format);
        return file;
    }

    /** A valid small PNG whose IHDR then claims width x height (CRC fixed), with the small image's pixel data. */
    static Path pngClaiming(int width, int height, Path file) throws IOException {
        write(uniform(8, 8, BufferedImage.TYPE_INT_RGB, 0x808080), "png", file);
        byte[] png = Files.readAllBytes(file);
        ByteBuffer bb = ByteBuffer.wrap(png);
        // signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), ..., CRC over type + 13 data bytes
        if (bb.getInt(12) != 0x49484452) {
            throw new IOException("IHDR is not the first chunk");
        }
        bb.putInt(16, width);
        bb.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        bb.putInt(29, (int) crc.getValue());
        Files.write(file, png);
        return file;
    }

    /** The file cut to {@code fraction} of its length. */
    static Path truncate(Path file, double fraction) throws IOException {
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, (int) (all.length * fraction)));
        return file;
    }

    static StimulusSequence open(org.unitscope.api.stimulus.StimulusSet set, Map<String, ?> parameters, int size, int channels, long seed) {
        ServiceInfo info = set.info();
        return set.open(Parameters.resolve(info, parameters), new StimulusFormat(size, channels, size), seed);
    }

    static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** Every stimulus of the sequence in one array. */
    static float[] renderAll(StimulusSequence s) {
        float[] all = new float[s.count() * s.format().pixelsPerStimulus()];
        s.render(0, s.count(), all, 0);
        return all;
    }

    /** Stimulus {@code i}'s channel {@code c} as a size x size plane. */
    static float[] plane(float[] all, StimulusSequence s, int i, int c) {
        int size = s.format().size();
        int from = i * s.format().pixelsPerStimulus() + c * size * size;
        return Arrays.copyOfRange(all, from, from + size * size);
    }

    /** Index of the stimulus made from {@code path} (relative to the root), through the "image" label and its levels. */
    static int indexOf(StimulusSequence s, String path) {
        List<String> images = s.labels().levels().get("image");
        double[] column = s.labels().column("image");
        for (int i = 0; i < column.length; i++) {
            if (images.get((int) column[i]).equals(path)) {
                return i;
            }
        }
        throw new AssertionError(path + " is not in the sequence: " + images);
    }
}
