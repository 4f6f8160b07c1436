package org.unitscope.stimulus.images.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Names a file's format from its first bytes, whatever its name says: the decodable formats of {@link ImageType},
 * image formats known but not decodable here (WebP, HEIF, AVIF, JPEG 2000, JPEG XL), text, or unknown bytes.
 */
final class ContentSniffer {
    /** Bytes to read from the start of a file: enough for every signature below. */
    static final int HEAD = 16;

    /** What the content is: a decodable type, or null with a description of what it is instead. */
    record Content(ImageType type, String description) {
    }

    private ContentSniffer() {
    }

    static Content sniff(byte[] head, int n) {
        ImageType t = decodable(head, n);
        if (t != null) {
            return new Content(t, t.title());
        }
        String unsupported = unsupportedImage(head, n);
        if (unsupported != null) {
            return new Content(null, "unsupported format " + unsupported);
        }
        return new Content(null, isText(head, n) ? "not an image (content is text)" : "not an image (content starts with " + hex(head, n) + ")");
    }

    private static ImageType decodable(byte[] h, int n) {
        if (startsWith(h, n, 0xFF, 0xD8, 0xFF)) {
            return ImageType.JPEG;
        }
        if (startsWith(h, n, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return ImageType.PNG;
        }
        if (ascii(h, n, 0, "GIF87a") || ascii(h, n, 0, "GIF89a")) {
            return ImageType.GIF;
        }
        if (ascii(h, n, 0, "BM") && n >= 14) {
            return ImageType.BMP;
        }
        if (startsWith(h, n, 'I', 'I', 42, 0) || startsWith(h, n, 'M', 'M', 0, 42)) {
            return ImageType.TIFF;
        }
        if (n >= 3 && h[0] == 'P' && h[1] >= '1' && h[1] <= '7' && Character.isWhitespace(h[2])) {
            return ImageType.PNM;
        }
        if (ascii(h, n, 0, "8BPS")) {
            return ImageType.PSD;
        }
        if (startsWith(h, n, 0, 0, 1, 0) && n >= 6 && (h[4] != 0 || h[5] != 0)) {
            return ImageType.ICO;
        }
        if (ascii(h, n, 0, "icns")) {
            return ImageType.ICNS;
        }
        if (n >= 3 && h[0] == 0x0A && (h[1] == 0 || (h[1] >= 2 && h[1] <= 5)) && (h[2] == 0 || h[2] == 1)) {
            return ImageType.PCX;
        }
        if (startsWith(h, n, 0xB1, 0x68, 0xDE, 0x3A)) {
            return ImageType.DCX;
        }
        if (ascii(h, n, 0, "#?RADIANCE") || ascii(h, n, 0, "#?RGBE")) {
            return ImageType.RGBE;
        }
        if (ascii(h, n, 0, "/* XPM */")) {
            return ImageType.XPM;
        }
        return null;
    }

    private static String unsupportedImage(byte[] h, int n) {
        if (ascii(h, n, 0, "RIFF") && ascii(h, n, 8, "WEBP")) {
            return "WebP";
        }
        if (ascii(h, n, 4, "ftyp")) {
            String brand = n >= 12 ? new String(h, 8, 4, StandardCharsets.ISO_8859_1) : "";
            if (brand.startsWith("avi")) {
                return "AVIF";
            }
            if (brand.startsWith("hei") || brand.startsWith("mif") || brand.startsWith("hev")) {
                return "HEIF";
            }
        }
        if (startsWith(h, n, 0, 0, 0, 0x0C, 'j', 'P', ' ', ' ') || startsWith(h, n, 0xFF, 0x4F, 0xFF, 0x51)) {
            return "JPEG 2000";
        }
        if (startsWith(h, n, 0xFF, 0x0A) || startsWith(h, n, 0, 0, 0, 0x0C, 'J', 'X', 'L', ' ')) {
            return "JPEG XL";
        }
        return null;
    }

    private static boolean startsWith(byte[] h, int n, int... signature) {
        if (n < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((h[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] h, int n, int at, String s) {
        if (n < at + s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (h[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] h, int n) {
        for (int i = 0; i < n; i++) {
            int b = h[i] & 0xFF;
            boolean printable = b >= 0x20 && b != 0x7F || b == '\n' || b == '\r' || b == '\t';
            if (!printable) {
                return false;
            }
        }
        return n > 0;
    }

    private static String hex(byte[] h, int n) {
        StringBuilder sb = new StringBuilder();
        for (byte b : Arrays.copyOf(h, Math.min(n, 4))) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format("%02X", b & 0xFF));
        }
        return sb.toString();
    }
}
