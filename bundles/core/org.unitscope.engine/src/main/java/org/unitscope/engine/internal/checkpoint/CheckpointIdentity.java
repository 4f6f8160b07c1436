package org.unitscope.engine.internal.checkpoint;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unitscope.math.io.AtomicFiles;

/**
 * What checkpoints were made from (identity.json): the model's weights hash, the seed, the batch size, the number of
 * stimuli and the layers with their units. A resumed run uses them only when all of these are the same; otherwise
 * its stored rows would not be the rows this run would compute.
 */
public record CheckpointIdentity(String modelSha256, long seed, int batchSize, int stimuli, Map<String, Integer> layers) {
    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting().create();

    public CheckpointIdentity {
        layers = new LinkedHashMap<>(layers);
    }

    void write(Path file) throws IOException {
        AtomicFiles.writeString(file, GSON.toJson(this) + "\n");
    }

    /** Empty when there is no file; a file that cannot be read counts as none (it is rewritten). */
    static Optional<CheckpointIdentity> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            CheckpointIdentity id = GSON.fromJson(Files.readString(file), CheckpointIdentity.class);
            return Optional.ofNullable(id).filter(i -> i.layers() != null);
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    /** Why checkpoints of {@code stored} cannot serve this run; empty when they can. */
    Optional<String> refusal(CheckpointIdentity stored) {
        if (!Objects.equals(stored.modelSha256, modelSha256)) {
            return Optional.of("the checkpoints were made with model weights of sha256 " + stored.modelSha256 + ", the model now has "
                    + modelSha256 + " (the weights changed)");
        }
        if (stored.seed != seed) {
            return Optional.of("the checkpoints were made with seed " + stored.seed + ", the run now has seed " + seed);
        }
        if (stored.batchSize != batchSize) {
            return Optional.of("the checkpoints were made with batches of " + stored.batchSize + ", the run now has " + batchSize);
        }
        if (stored.stimuli != stimuli || !stored.layers.equals(layers)) {
            return Optional.of("the checkpoints were made on " + stored.stimuli + " stimuli and layers " + stored.layers
                    + ", the run now has " + stimuli + " stimuli and layers " + layers + " (the stimuli or the model changed)");
        }
        return Optional.empty();
    }
}
