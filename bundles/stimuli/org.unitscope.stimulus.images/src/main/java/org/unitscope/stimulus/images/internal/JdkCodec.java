package org.unitscope.stimulus.images.internal;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * JPEG, PNG, GIF, BMP and TIFF through the JDK's ImageIO readers. A reader can return a partly decoded image with
 * only a warning (a truncated JPEG comes back gray-filled after "Premature end of JPEG file"): warnings are
 * collected and those that mean missing pixel data make the decode fail.
 */
final class JdkCodec implements ImageCodec {
    private final String formatName;

    JdkCodec(String formatName) {
        this.formatName = formatName;
    }

    @Override
    public Dimension size(Path file) throws IOException {
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            ImageReader reader = reader();
            try {
                reader.setInput(in, true, true);
                return new Dimension(reader.getWidth(0), reader.getHeight(0));
            } catch (RuntimeException e) {
                throw new IOException(Reasons.of(e), e);
            } finally {
                reader.dispose();
            }
        }
    }

    @Override
    public BufferedImage decode(Path file, long maxPixels) throws IOException {
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            ImageReader reader = reader();
            List<String> warnings = new ArrayList<>();
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageCodec.checkPixels(reader.getWidth(0), reader.getHeight(0), maxPixels);
                BufferedImage image = reader.read(0);
                String damage = DecodeWarnings.damage(warnings);
                if (damage != null) {
                    throw new IOException("incomplete image data: " + damage);
                }
                return image;
            } catch (RuntimeException e) {
                throw new IOException(Reasons.of(e), e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** A fresh reader per file: ImageIO readers are not thread-safe. */
    private ImageReader reader() throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName);
        if (!readers.hasNext()) {
            throw new IOException("this JVM has no ImageIO reader for " + formatName);
        }
        return readers.next();
    }
}
