package org.unitscope.api.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded network: input format, the preprocessing its weights expect, its layers (each with its receptive-field
 * geometry, the one source of where units look: see {@link #readoutWindow}), and where its weights came from
 * ({@code weightsSource}, e.g. a file, "untrained" or "fixed") with their SHA-256. A plug-in author builds one with
 * {@link #builder(String)}, declares the layers with a {@link LayerStack} and digests the weights with
 * {@link #sha256(Path)} or {@link #sha256(float[]...)}.
 */
public record ModelDescription(String id, String name, int inputChannels, int inputSize, Preprocessing inputPreprocessing,
        List<LayerInfo> layers, String weightsSource, String weightsSha256, Map<String, String> provenance) {

    public ModelDescription {
        Objects.requireNonNull(inputPreprocessing, "inputPreprocessing");
        if (!inputPreprocessing.fits(inputChannels)) {
            try {
                inputPreprocessing.requireChannels(inputChannels);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(id + ": " + e.getMessage(), e);
            }
        }
        layers = List.copyOf(layers);
        provenance = Map.copyOf(provenance);
    }

    /**
     * With the preprocessing as text ({@link Preprocessing#parse}).
     *
     * @deprecated since 2.2.0: give a {@link Preprocessing}
     */
    @Deprecated(since = "2.2.0")
    public ModelDescription(String id, String name, int inputChannels, int inputSize, String preprocessing, List<LayerInfo> layers,
            String weightsSource, String weightsSha256, Map<String, String> provenance) {
        this(id, name, inputChannels, inputSize, Preprocessing.parse(preprocessing), layers, weightsSource, weightsSha256, provenance);
    }

    /**
     * The preprocessing as its stable text ({@link Preprocessing#text()}), as written into the manifest.
     *
     * @deprecated since 2.2.0: use {@link #inputPreprocessing()}
     */
    @Deprecated(since = "2.2.0")
    public String preprocessing() {
        return inputPreprocessing.text();
    }

    /**
     * Where the unit that {@code readout} reads of {@code layer} looks, in the coordinates of a probe input that is
     * {@code crop} of this model's input: the window of the layer's geometry around that unit, moved by the crop's
     * origin (a crop changes coordinates, not the window). Empty for the spatial-mean readout.
     *
     * @throws IllegalArgumentException for an unknown layer, a readout position outside the layer's map, or a crop
     *         outside the input
     */
    public Optional<RfWindow> readoutWindow(String layer, Readout readout, InputCrop crop) {
        LayerInfo l = layer(layer).orElseThrow(() -> new IllegalArgumentException("model '" + id + "' has no layer '" + layer
                + "'; it has " + layerNames()));
        if (!crop.within(inputSize)) {
            throw new IllegalArgumentException("model '" + id + "': the probe's crop " + crop + " is not inside the " + inputSize
                    + "x" + inputSize + " input");
        }
        if (readout.mode() == Readout.Mode.MEAN) {
            return Optional.empty();
        }
        try {
            return Optional.of(RfWindow.of(l.rf(), readout.rowIn(l.mapSize()), readout.colIn(l.mapSize())).relativeTo(crop));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("layer '" + layer + "' of model '" + id + "': " + e.getMessage(), e);
        }
    }

    public Optional<LayerInfo> layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    public List<String> layerNames() {
        return layers.stream().map(LayerInfo::name).toList();
    }

    /** A description of the model {@code id}, filled in by name rather than by position. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Lower-case hex SHA-256 of a weight file's bytes. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Lower-case hex SHA-256 of weights held in memory, each array as big-endian IEEE floats, in the order given. */
    public static String sha256(float[]... arrays) {
        MessageDigest digest = sha256();
        for (float[] a : arrays) {
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(4 * a.length);
            bytes.asFloatBuffer().put(a);
            digest.update(bytes.array());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Fills a {@link ModelDescription} by name; {@link #build()} checks what a run relies on. */
    public static final class Builder {
        private final String id;
        private String name;
        private int inputChannels = 3;
        private int inputSize;
        private Preprocessing preprocessing = Preprocessing.NONE;
        private final List<LayerInfo> layers = new ArrayList<>();
        private String weightsSource = "fixed";
        private String weightsSha256;
        private final Map<String, String> provenance = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder input(int channels, int size) {
            this.inputChannels = channels;
            this.inputSize = size;
            return this;
        }

        /** What the weights expect of the input (default {@link Preprocessing#NONE}). */
        public Builder preprocessing(Preprocessing value) {
            this.preprocessing = Objects.requireNonNull(value, "preprocessing");
            return this;
        }

        /**
         * The preprocessing as text ({@link Preprocessing#parse}).
         *
         * @deprecated since 2.2.0: give a {@link Preprocessing}
         */
        @Deprecated(since = "2.2.0")
        public Builder preprocessing(String value) {
            return preprocessing(Preprocessing.parse(value));
        }

        public Builder layer(LayerInfo value) {
            layers.add(Objects.requireNonNull(value, "layer"));
            return this;
        }

        /** Where the weights came from and their SHA-256 (see {@link ModelDescription#sha256}). */
        public Builder weights(String source, String sha256) {
            this.weightsSource = source;
            this.weightsSha256 = sha256;
            return this;
        }

        public Builder provenance(String key, String value) {
            provenance.put(key, value);
            return this;
        }

        /**
         * Needs an input size, at least one layer, distinct layer names, a preprocessing that fits the input channels
         * and a 64-digit hex SHA-256.
         */
        public ModelDescription build() {
            if (inputChannels < 1 || inputSize < 1) {
                throw new IllegalArgumentException(id + ": input channels and size must be >= 1, not " + inputChannels + ", " + inputSize);
            }
            if (layers.isEmpty() || layers.stream().map(LayerInfo::name).distinct().count() != layers.size()) {
                throw new IllegalArgumentException(id + ": needs at least one layer and distinct layer names: "
                        + layers.stream().map(LayerInfo::name).toList());
            }
            if (weightsSha256 == null || !weightsSha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException(id + ": weights need a lower-case hex SHA-256 (ModelDescription.sha256), not "
                        + weightsSha256);
            }
            return new ModelDescription(id, name == null ? id : name, inputChannels, inputSize, preprocessing, layers,
                    weightsSource, weightsSha256, provenance);
        }
    }
}
