package org.unitscope.spi.djl.model;

import ai.djl.nn.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.osgi.annotation.versioning.ProviderType;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.model.RfGeometry;
import org.unitscope.djl.DjlRuntime;
import org.unitscope.djl.ParameterDigest;

/**
 * A DJL block with its description: the maps it returns (one per layer, in order), the input it takes, the
 * preprocessing its weights expect, where its weights came from, and what closes with it.
 */
@ProviderType
public final class DjlNetwork {
    private final Block block;
    private final ModelDescription description;
    private final Preprocessing preprocessing;
    private final BiFunction<String, Integer, Map<String, Double>> groundTruth;
    private final List<AutoCloseable> owned;

    private DjlNetwork(Builder b, ModelDescription description) {
        this.block = b.block;
        this.description = description;
        this.preprocessing = b.preprocessing;
        this.groundTruth = b.groundTruth;
        this.owned = List.copyOf(b.owned);
    }

    /** A network of model {@code id} computed by {@code block}. */
    public static Builder builder(String id, Block block) {
        return new Builder(id, block);
    }

    public Block block() {
        return block;
    }

    public ModelDescription description() {
        return description;
    }

    Preprocessing preprocessing() {
        return preprocessing;
    }

    Map<String, Double> groundTruth(String layer, int channel) {
        return groundTruth.apply(layer, channel);
    }

    List<AutoCloseable> owned() {
        return owned;
    }

    /** Fills a {@link DjlNetwork} by name; {@link #build()} hashes the block's parameters when no SHA-256 is given. */
    public static final class Builder {
        private final Block block;
        private final ModelDescription.Builder description;
        private final List<AutoCloseable> owned = new ArrayList<>();
        private Preprocessing preprocessing = Preprocessing.NONE;
        private String weightsSource = "fixed";
        private String weightsSha256;
        private BiFunction<String, Integer, Map<String, Double>> groundTruth = (layer, channel) -> Map.of();

        private Builder(String id, Block block) {
            this.block = Objects.requireNonNull(block, "block");
            this.description = ModelDescription.builder(id);
        }

        public Builder name(String value) {
            description.name(value);
            return this;
        }

        /** The input the block takes: {@code channels} planes of {@code size} x {@code size} pixels. */
        public Builder input(int channels, int size) {
            description.input(channels, size);
            return this;
        }

        /** What the weights expect of stimuli in [0, 1], e.g. {@link Preprocessing#NONE} or {@link Preprocessing#CAFFE}. */
        public Builder preprocessing(Preprocessing value) {
            this.preprocessing = Objects.requireNonNull(value, "preprocessing");
            return this;
        }

        /** The same by its text form: none, centred (x - 0.5), caffe, torch (see {@link Preprocessing#parse}). */
        public Builder preprocessing(String text) {
            return preprocessing(Preprocessing.parse(text));
        }

        /** The next map the block returns, e.g. {@code LayerStack.input(224).conv(3, 1, 1).layer("conv1", 64)}. */
        public Builder layer(LayerInfo layer) {
            description.layer(layer);
            return this;
        }

        /** The next map the block returns: its name, channels, side, and the receptive field of its units. */
        public Builder layer(String name, int channels, int mapSize, RfGeometry rf) {
            description.layer(new LayerInfo(name, channels, mapSize, rf));
            return this;
        }

        /** Where the weights came from; their SHA-256 is computed over the block's parameters. */
        public Builder weights(String source) {
            return weights(source, null);
        }

        /** Where the weights came from, with their SHA-256 (e.g. {@code ModelDescription.sha256(file)}). */
        public Builder weights(String source, String sha256) {
            this.weightsSource = source;
            this.weightsSha256 = sha256;
            return this;
        }

        public Builder provenance(String key, String value) {
            description.provenance(key, value);
            return this;
        }

        /** Known parameters of each unit (layer, channel), written to the units table as "true_" columns. */
        public Builder groundTruth(BiFunction<String, Integer, Map<String, Double>> truth) {
            this.groundTruth = Objects.requireNonNull(truth, "truth");
            return this;
        }

        /** Something the network holds (e.g. a loaded DJL {@code Model}) that closes with it. */
        public Builder closing(AutoCloseable resource) {
            owned.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        /** Checks the description (see {@code ModelDescription.Builder.build}) and adds DJL's versions to it. */
        public DjlNetwork build() {
            String sha = weightsSha256 != null ? weightsSha256 : ParameterDigest.sha256(block);
            description.preprocessing(preprocessing).weights(weightsSource, sha);
            DjlRuntime.provenance().forEach(description::provenance);
            return new DjlNetwork(this, description.build());
        }
    }
}
