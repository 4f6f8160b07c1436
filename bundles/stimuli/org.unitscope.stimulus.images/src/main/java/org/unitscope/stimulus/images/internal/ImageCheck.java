package org.unitscope.stimulus.images.internal;

import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The checks made on every file when a folder is opened, cheapest first, without decoding any pixel: a regular,
 * readable, non-empty file whose content is a decodable image, whose extension matches that content, and whose
 * header announces at most {@code maxPixels} pixels.
 */
final class ImageCheck {

    /** A usable image (type set, problem null) or the reason the file is skipped. */
    record Result(ImageType type, String problem) {
        boolean ok() {
            return problem == null;
        }

        static Result skip(String problem) {
            return new Result(null, problem);
        }
    }

    private ImageCheck() {
    }

    static Result check(Path file, long maxPixels) {
        if (!Files.isRegularFile(file)) {
            return Result.skip(Files.isDirectory(file) ? "a directory, not an image file" : "not a regular file");
        }
        byte[] head = new byte[ContentSniffer.HEAD];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (AccessDeniedException e) {
            return Result.skip("not readable (permission denied)");
        } catch (IOException e) {
            return Result.skip("not readable (" + Reasons.of(e) + ")");
        }
        if (n == 0) {
            return Result.skip("empty file (0 bytes)");
        }
        ContentSniffer.Content content = ContentSniffer.sniff(head, n);
        if (content.type() == null) {
            return Result.skip(content.description());
        }
        String extension = extension(file);
        if (!content.type().allowsExtension(extension)) {
            return Result.skip(extension.isEmpty() ? "no file extension (content is " + content.type().title() + ")"
                    : "extension ." + extension + " but content is " + content.type().title());
        }
        Dimension size;
        try {
            size = ImageCodec.of(content.type()).size(file);
        } catch (IOException e) {
            return Result.skip("unreadable " + content.type().title() + " header (" + Reasons.of(e) + ")");
        }
        String tooLarge = PixelBudget.problem(size.width, size.height, maxPixels);
        return tooLarge != null ? Result.skip(tooLarge) : new Result(content.type(), null);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
