package org.unitscope.stimulus.images.internal;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.imaging.Imaging;

/**
 * The formats the JDK has no reader for (PNM, PSD, ICO, ICNS, PCX, DCX, Radiance HDR, XPM), through Apache Commons
 * Imaging. Its parsers can fail with runtime exceptions on damaged files: those become decode failures too.
 */
final class CommonsImagingCodec implements ImageCodec {
    static final CommonsImagingCodec INSTANCE = new CommonsImagingCodec();

    private CommonsImagingCodec() {
    }

    @Override
    public Dimension size(Path file) throws IOException {
        try {
            return Imaging.getImageSize(file.toFile());
        } catch (RuntimeException e) {
            throw new IOException(Reasons.of(e), e);
        }
    }

    @Override
    public BufferedImage decode(Path file, long maxPixels) throws IOException {
        try {
            Dimension d = Imaging.getImageSize(file.toFile());
            ImageCodec.checkPixels(d.width, d.height, maxPixels);
            return Imaging.getBufferedImage(file.toFile());
        } catch (RuntimeException e) {
            throw new IOException(Reasons.of(e), e);
        }
    }
}
