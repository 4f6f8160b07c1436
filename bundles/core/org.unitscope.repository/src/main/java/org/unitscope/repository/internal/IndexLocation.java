package org.unitscope.repository.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.unitscope.api.UnitscopeException;

/**
 * Where a repository index is, from what a researcher typed: a folder holding {@code index.xml} (or
 * {@code index.xml.gz}), an index file, or a {@code file:}, {@code http:} or {@code https:} URL. Relative paths are
 * taken from {@code base}.
 */
final class IndexLocation {
    static final String INDEX = "index.xml";
    static final String INDEX_GZ = "index.xml.gz";

    private IndexLocation() {
    }

    static URI of(String location, Path base) {
        if (location == null || location.isBlank()) {
            throw new UnitscopeException("no repository given");
        }
        String scheme = scheme(location);
        if (scheme.equals("http") || scheme.equals("https")) {
            return URI.create(location);
        }
        Path path;
        if (scheme.equals("file")) {
            path = Path.of(URI.create(location));
        } else if (scheme.isEmpty() || scheme.length() == 1) { // no scheme, or a Windows drive letter
            path = path(location, base);
        } else {
            throw new UnitscopeException("repository '" + location + "': only folders, files and file:, http:, https: URLs are read");
        }
        return local(path, location);
    }

    private static Path path(String location, Path base) {
        try {
            return base.resolve(location).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UnitscopeException("repository '" + location + "' is not a path: " + e.getMessage());
        }
    }

    private static URI local(Path path, String location) {
        if (Files.isDirectory(path)) {
            for (String name : new String[] {INDEX, INDEX_GZ}) {
                if (Files.isRegularFile(path.resolve(name))) {
                    return path.resolve(name).toUri();
                }
            }
            throw new UnitscopeException("repository '" + location + "': no " + INDEX + " or " + INDEX_GZ + " in " + path);
        }
        if (!Files.isRegularFile(path)) {
            throw new UnitscopeException("repository '" + location + "' not found: " + path);
        }
        return path.toUri();
    }

    private static String scheme(String location) {
        try {
            String s = new URI(location).getScheme();
            return s == null ? "" : s.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
