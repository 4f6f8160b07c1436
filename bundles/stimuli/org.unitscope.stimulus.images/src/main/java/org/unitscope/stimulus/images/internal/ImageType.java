package org.unitscope.stimulus.images.internal;

import java.util.List;
import java.util.Locale;

/**
 * The image formats this bundle decodes, told apart by their content, each with the file extensions it may carry.
 * The JDK decodes its own formats (it keeps 16-bit samples, palettes and alpha as stored, where Commons Imaging
 * 1.0.0-alpha6 reduces a 16-bit PNG to 8 bits and rejects planar TIFFs); Commons Imaging decodes the rest, and the
 * CMYK JPEGs the JDK reads with inverted colours ({@link JpegCodec}).
 */
enum ImageType {
    JPEG("JPEG", "jpeg", "jpg", "jpeg", "jpe", "jfif"),
    PNG("PNG", "png", "png"),
    GIF("GIF", "gif", "gif"),
    BMP("BMP", "bmp", "bmp", "dib"),
    TIFF("TIFF", "tiff", "tif", "tiff"),
    PNM("PNM", null, "pnm", "pbm", "pgm", "ppm", "pam"),
    PSD("PSD", null, "psd"),
    ICO("ICO", null, "ico"),
    ICNS("ICNS", null, "icns"),
    PCX("PCX", null, "pcx", "pcc"),
    DCX("DCX", null, "dcx"),
    RGBE("Radiance HDR", null, "hdr", "pic"),
    XPM("XPM", null, "xpm");

    private final String title;
    private final String jdkFormat;
    private final List<String> extensions;

    ImageType(String title, String jdkFormat, String... extensions) {
        this.title = title;
        this.jdkFormat = jdkFormat;
        this.extensions = List.of(extensions);
    }

    /** The name used in messages ("extension .jpg but content is PNG"). */
    String title() {
        return title;
    }

    /** The JDK's ImageIO format name, or null when Commons Imaging decodes this format. */
    String jdkFormat() {
        return jdkFormat;
    }

    boolean allowsExtension(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    List<String> extensions() {
        return extensions;
    }
}
