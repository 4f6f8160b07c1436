package org.unitscope.stimulus.images.internal;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.unitscope.api.UnitscopeException;

/**
 * The ImageFolder layout (torchvision / Keras): ROOT/CATEGORY/..., one folder per category, categories sorted by name,
 * the files anywhere below a category folder sorted by path. Hidden entries (".DS_Store", "._x.jpg" from macOS) are
 * not data and are passed over silently; everything else that cannot be an image file is reported.
 */
final class FolderScan {

    /** A category folder's candidate files, relative to the root, '/'-separated, sorted. */
    record Category(String name, List<String> files) {
    }

    record Result(List<Category> categories, List<String> skipped) {
    }

    private FolderScan() {
    }

    /** Categories {@code wanted} (all when empty) under {@code root}, with the entries skipped while listing. */
    static Result scan(Path root, List<String> wanted) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new UnitscopeException("image-folder: root " + root + " is not a folder");
        }
        TreeSet<String> folders = new TreeSet<>();
        List<String> skipped = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path p : (Iterable<Path>) entries.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    folders.add(name);
                } else {
                    skipped.add(name + ": not in a category folder");
                }
            }
        }
        if (folders.isEmpty()) {
            throw new UnitscopeException("image-folder: no category folder under " + root + " (expected ROOT/CATEGORY/image files)");
        }
        List<String> chosen = new ArrayList<>(folders);
        if (!wanted.isEmpty()) {
            for (String w : wanted) {
                if (!folders.contains(w)) {
                    throw new UnitscopeException("image-folder: no category folder '" + w + "' under " + root + "; categories are " + folders);
                }
            }
            chosen.retainAll(wanted);
        }
        List<Category> categories = new ArrayList<>();
        for (String c : chosen) {
            categories.add(new Category(c, files(root, root.resolve(c), skipped)));
        }
        return new Result(categories, skipped);
    }

    private static List<String> files(Path root, Path folder, List<String> skipped) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(folder)) {
                    return FileVisitResult.CONTINUE;
                }
                if (hidden(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                // a folder named like an image is a failed copy or extraction, not a sub-folder of images
                if (isImageExtension(ImageCheck.extension(dir))) {
                    out.add(relative(root, dir));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!hidden(file)) {
                    out.add(relative(root, file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!hidden(file)) {
                    skipped.add(relative(root, file) + ": not readable (" + Reasons.of(e) + ")");
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return List.copyOf(out);
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    private static boolean isImageExtension(String extension) {
        for (ImageType t : ImageType.values()) {
            if (t.allowsExtension(extension)) {
                return true;
            }
        }
        return false;
    }

    static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }
}
