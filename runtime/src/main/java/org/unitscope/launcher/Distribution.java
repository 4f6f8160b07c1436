package org.unitscope.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The folders of an installed distribution: bin/, lib/, bundle/FEATURE/, conf/, plugins/. */
public record Distribution(Path home) {

    public Path lib() {
        return home.resolve("lib");
    }

    public Path bundles() {
        return home.resolve("bundle");
    }

    public Path conf() {
        return home.resolve("conf");
    }

    public Path plugins() {
        return home.resolve("plugins");
    }

    /** Features present, in start order: core first, then the others by name. */
    public List<String> features() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(bundles())) {
            throw new IOException("no bundle/ folder in " + home + ": is unitscope.home right?");
        }
        try (Stream<Path> s = Files.list(bundles())) {
            s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(out::add);
        }
        if (out.remove("core")) {
            out.add(0, "core");
        }
        return out;
    }

    /** Bundle jars of one feature, sorted by name. */
    public List<Path> bundlesOf(String feature) throws IOException {
        try (Stream<Path> s = Files.list(bundles().resolve(feature))) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** Jars on the framework class path (the stable layer). */
    public List<Path> libJars() throws IOException {
        try (Stream<Path> s = Files.list(lib())) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
