package org.unitscope.stimulus.images.internal;

import java.awt.Dimension;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * JPEG through the JDK, except CMYK and YCCK files (print-ready photos from Photoshop, a handful per ImageNet): they
 * store their ink values inverted as Adobe does, which the JDK's reader does not undo (its colours come out inverted),
 * while Commons Imaging's decoder does. Those few are decoded twice; every other JPEG once.
 */
final class JpegCodec implements ImageCodec {
    private final JdkCodec jdk = new JdkCodec("jpeg");

    @Override
    public Dimension size(Path file) throws IOException {
        return jdk.size(file);
    }

    @Override
    public BufferedImage decode(Path file, long maxPixels) throws IOException {
        BufferedImage image = jdk.decode(file, maxPixels);
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
            return CommonsImagingCodec.INSTANCE.decode(file, maxPixels);
        }
        return image;
    }
}
