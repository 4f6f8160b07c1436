package org.unitscope.stimulus.images.internal;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Reads one image format: its size from the header alone, and its first image fully decoded. */
interface ImageCodec {

    /** Width and height from the file's header, without decoding any pixel. */
    Dimension size(Path file) throws IOException;

    /**
     * The file's first image. Throws when the pixel data is incomplete or corrupt (never returns a partly decoded
     * image) and, before decoding, when the header announces more than {@code maxPixels} pixels.
     */
    BufferedImage decode(Path file, long maxPixels) throws IOException;

    static ImageCodec of(ImageType type) {
        if (type == ImageType.JPEG) {
            return new JpegCodec();
        }
        return type.jdkFormat() != null ? new JdkCodec(type.jdkFormat()) : CommonsImagingCodec.INSTANCE;
    }

    /** The header check made again just before decoding: the file may have changed since the folder was opened. */
    static void checkPixels(int width, int height, long maxPixels) throws IOException {
        String problem = PixelBudget.problem(width, height, maxPixels);
        if (problem != null) {
            throw new IOException(problem);
        }
    }
}
