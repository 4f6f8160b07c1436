package org.unitscope.engine.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.stage.ResultSink;
import org.unitscope.math.io.AtomicFiles;
import org.unitscope.engine.internal.results.Manifest;

/** A run's output folder: atomic writes, each file listed once in the manifest, in the order first written. */
final class OutputFolder implements ResultSink {
    private final Path dir;
    private final Manifest manifest;
    private final List<String> files = new ArrayList<>();

    public OutputFolder(Path dir, Manifest manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void write(String name, Content content) throws IOException {
        Path target = dir.resolve(name).normalize();
        if (name.isBlank() || Path.of(name).isAbsolute() || !target.startsWith(dir.normalize()) || target.equals(dir.normalize())) {
            throw new IllegalArgumentException("result file '" + name + "' must be a relative path inside the output folder");
        }
        AtomicFiles.write(target, content::writeTo);
        if (!files.contains(name)) {
            files.add(name);
            manifest.put("files", List.copyOf(files));
        }
    }
}
