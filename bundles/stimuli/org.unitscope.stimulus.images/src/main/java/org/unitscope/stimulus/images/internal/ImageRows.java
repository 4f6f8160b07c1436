package org.unitscope.stimulus.images.internal;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * A decoded image's rows as the stored values scaled to [0, 1] (sample / (2^bits - 1)), the values PIL and
 * torchvision read. Not through BufferedImage.getRGB, which reduces 16-bit samples to 8 bits and runs the JDK's gray
 * images through a linear-to-sRGB curve. Palettes are looked up; alpha is composited over mean gray 0.5 (a transparent
 * pixel shows no contrast). Colour spaces other than RGB and gray (CMYK JPEGs...) go through the colour model's own
 * conversion to sRGB. Gray images (and palettes of grays) give 1 band, the others 3. One instance per thread.
 */
final class ImageRows implements RowSource {
    private static final float BACKGROUND = 0.5f;

    private enum Mode { SAMPLES, PALETTE, CONVERTED }

    private final BufferedImage image;
    private final Raster raster;
    private final Mode mode;
    private final int bands;
    // SAMPLES
    private final int rasterBands;
    private final boolean alpha;
    private final boolean premultiplied;
    private final float[] scale;
    // PALETTE: r, g, b, a per index, in [0, 1]
    private final float[][] palette;
    private float[] samples = new float[0];
    private int[] packed = new int[0];

    ImageRows(BufferedImage image) {
        this.image = image;
        this.raster = image.getRaster();
        ColorModel cm = image.getColorModel();
        this.rasterBands = raster.getNumBands();
        if (cm instanceof IndexColorModel icm) {
            mode = Mode.PALETTE;
            palette = palette(icm);
            bands = allGray(palette) ? 1 : 3;
            alpha = false;
            premultiplied = false;
            scale = null;
        } else if (storedValuesReadable(cm, raster)) {
            mode = Mode.SAMPLES;
            palette = null;
            bands = cm.getNumColorComponents();
            alpha = cm.hasAlpha();
            premultiplied = cm.isAlphaPremultiplied();
            scale = new float[rasterBands];
            boolean real = raster.getTransferType() == DataBuffer.TYPE_FLOAT || raster.getTransferType() == DataBuffer.TYPE_DOUBLE;
            for (int b = 0; b < rasterBands; b++) {
                scale[b] = real ? 1f : (float) (1.0 / ((1L << raster.getSampleModel().getSampleSize(b)) - 1));
            }
        } else {
            mode = Mode.CONVERTED;
            palette = null;
            bands = 3;
            alpha = false; // getRGB's ARGB carries its own alpha
            premultiplied = false;
            scale = null;
        }
    }

    /** RGB or gray samples of an unsigned or real type, one raster band per colour model component. */
    private static boolean storedValuesReadable(ColorModel cm, Raster raster) {
        int space = cm.getColorSpace().getType();
        int type = raster.getTransferType();
        boolean unsignedOrReal = type == DataBuffer.TYPE_BYTE || type == DataBuffer.TYPE_USHORT || type == DataBuffer.TYPE_INT
                || type == DataBuffer.TYPE_FLOAT || type == DataBuffer.TYPE_DOUBLE;
        return (cm instanceof ComponentColorModel || cm instanceof DirectColorModel)
                && (space == ColorSpace.TYPE_RGB || space == ColorSpace.TYPE_GRAY)
                && unsignedOrReal
                && raster.getNumBands() == cm.getNumComponents()
                && (cm.getNumColorComponents() == 1 || cm.getNumColorComponents() == 3);
    }

    private static float[][] palette(IndexColorModel icm) {
        int n = icm.getMapSize();
        float[][] p = new float[4][n];
        for (int i = 0; i < n; i++) {
            p[0][i] = icm.getRed(i) / 255f;
            p[1][i] = icm.getGreen(i) / 255f;
            p[2][i] = icm.getBlue(i) / 255f;
            p[3][i] = icm.getAlpha(i) / 255f;
        }
        return p;
    }

    private static boolean allGray(float[][] p) {
        for (int i = 0; i < p[0].length; i++) {
            if (p[0][i] != p[1][i] || p[1][i] != p[2][i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int width() {
        return image.getWidth();
    }

    @Override
    public int height() {
        return image.getHeight();
    }

    @Override
    public int bands() {
        return bands;
    }

    @Override
    public void row(int y, int x0, int n, float[] dst) {
        switch (mode) {
            case SAMPLES -> samplesRow(y, x0, n, dst);
            case PALETTE -> paletteRow(y, x0, n, dst);
            default -> convertedRow(y, x0, n, dst);
        }
    }

    private void samplesRow(int y, int x0, int n, float[] dst) {
        if (samples.length < n * rasterBands) {
            samples = new float[n * rasterBands];
        }
        raster.getPixels(x0, y, n, 1, samples);
        for (int i = 0; i < n; i++) {
            int s = i * rasterBands;
            float a = alpha ? clamp(samples[s + bands] * scale[bands]) : 1f;
            for (int b = 0; b < bands; b++) {
                float v = samples[s + b] * scale[b];
                dst[i * bands + b] = clamp(premultiplied ? v + BACKGROUND * (1 - a) : v * a + BACKGROUND * (1 - a));
            }
        }
    }

    private void paletteRow(int y, int x0, int n, float[] dst) {
        if (packed.length < n) {
            packed = new int[n];
        }
        raster.getSamples(x0, y, n, 1, 0, packed);
        for (int i = 0; i < n; i++) {
            int k = Math.min(packed[i], palette[0].length - 1);
            float a = palette[3][k];
            for (int b = 0; b < bands; b++) {
                dst[i * bands + b] = palette[b][k] * a + BACKGROUND * (1 - a);
            }
        }
    }

    private void convertedRow(int y, int x0, int n, float[] dst) {
        if (packed.length < n) {
            packed = new int[n];
        }
        image.getRGB(x0, y, n, 1, packed, 0, n);
        for (int i = 0; i < n; i++) {
            int argb = packed[i];
            float a = (argb >>> 24) / 255f;
            for (int b = 0; b < 3; b++) {
                float v = ((argb >> (16 - 8 * b)) & 0xFF) / 255f;
                dst[i * 3 + b] = v * a + BACKGROUND * (1 - a);
            }
        }
    }

    private static float clamp(float v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
