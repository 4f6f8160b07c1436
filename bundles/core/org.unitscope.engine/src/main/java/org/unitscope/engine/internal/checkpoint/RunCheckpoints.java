package org.unitscope.engine.internal.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.unitscope.api.UnitscopeException;

/**
 * A run's checkpoints in its results folder: the probe's chunks, the stages' files, and the identity that says what
 * they were made from. A fresh run starts with none; a resumed run keeps those of the interrupted run when their
 * identity is this run's, and is refused when it is not; a completed run removes them.
 */
public final class RunCheckpoints {
    private final CheckpointFolder folder;
    private final ProbeChunks chunks;
    private final FolderCheckpoints stages;

    public RunCheckpoints(Path resultsFolder) {
        this.folder = new CheckpointFolder(resultsFolder);
        this.chunks = new ProbeChunks(folder);
        this.stages = new FolderCheckpoints(folder);
    }

    /**
     * Before the probe's first batch. Returns whether stored checkpoints apply (only when resuming, and only when they
     * were made from {@code identity}); without stored ones a resumed run starts from the first stimulus.
     *
     * @throws UnitscopeException when resuming and the checkpoints come from other weights, seed or stimuli
     */
    public boolean begin(CheckpointIdentity identity, boolean resume) throws IOException {
        folder.removeTempFiles();
        Optional<CheckpointIdentity> stored = resume ? CheckpointIdentity.read(folder.identity()) : Optional.empty();
        if (stored.isPresent()) {
            Optional<String> why = identity.refusal(stored.get());
            if (why.isPresent()) {
                throw new UnitscopeException("cannot resume: " + why.get() + ". Start a new run into another folder, or delete "
                        + folder.dir() + " to resume from the first stimulus");
            }
        } else {
            folder.clear();
            identity.write(folder.identity());
        }
        stages.resuming(stored.isPresent());
        return stored.isPresent();
    }

    public ProbeChunks chunks() {
        return chunks;
    }

    public FolderCheckpoints stages() {
        return stages;
    }

    /** Once the run is complete the checkpoints have served. */
    public void discard() throws IOException {
        folder.clear();
    }

    public Path dir() {
        return folder.dir();
    }
}
