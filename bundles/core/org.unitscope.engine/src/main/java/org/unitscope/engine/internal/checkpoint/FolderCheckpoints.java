package org.unitscope.engine.internal.checkpoint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.unitscope.api.stage.Checkpoints;
import org.unitscope.api.stage.ResultSink;
import org.unitscope.math.io.AtomicFiles;

/** Stages' checkpoints as files under {@code .checkpoint/stages/}; read back only once the run is found resumable. */
public final class FolderCheckpoints implements Checkpoints {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    private final Path dir;
    private final AtomicInteger opened = new AtomicInteger();
    private volatile boolean resuming;
    private volatile java.util.function.IntConsumer onOpen = n -> { };

    public FolderCheckpoints(CheckpointFolder folder) {
        this.dir = folder.stages();
    }

    /** Set by the engine once the stored checkpoints are known to come from this run's model, seed and stimuli. */
    public void resuming(boolean value) {
        resuming = value;
    }

    @Override
    public boolean resuming() {
        return resuming;
    }

    @Override
    public void save(String name, ResultSink.Content content) throws IOException {
        AtomicFiles.write(file(name), content::writeTo);
    }

    @Override
    public Optional<InputStream> open(String name) throws IOException {
        Path f = file(name);
        if (!resuming || !Files.isRegularFile(f)) {
            return Optional.empty();
        }
        onOpen.accept(opened.incrementAndGet());
        return Optional.of(Files.newInputStream(f));
    }

    /** Told the count each time a stage reads a checkpoint back (for the manifest). */
    public void onOpen(java.util.function.IntConsumer listener) {
        onOpen = listener;
    }

    /** How many checkpoints the stages read back. */
    public int opened() {
        return opened.get();
    }

    private Path file(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("checkpoint name '" + name + "': use letters, digits, '.', '_', '-' and '/'");
        }
        return dir.resolve(name);
    }
}
