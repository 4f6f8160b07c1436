package org.unitscope.api.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unitscope.api.model.Readout;

/**
 * What to compose: a model, the layers to probe (empty = all), the readout, one stimulus set, the metrics,
 * the receptive-field estimators with their sampling options ({@code rf}) and the stimuli
 * (typically gratings) on which the rebuilt receptive fields' tuning is compared with the units' ({@code prediction},
 * null = none), the seed and the batch size ({@link #AUTO_BATCH} = chosen by the engine from the stimulus size and memory). Read from and written to JSON by the engine; recorded in every manifest.
 * <p>
 * In code, build one with {@link #builder()}: its defaults are those of a JSON description that leaves the key out.
 */
public record RunDescription(String name, ComponentRef model, List<String> layers, Readout readout,
        ComponentRef stimulus, List<ComponentRef> metrics, List<ComponentRef> estimators, RfOptions rf, ComponentRef prediction,
        long seed, int batchSize) {

    /** Batch size chosen by the engine. */
    public static final int AUTO_BATCH = 0;

    public RunDescription {
        layers = List.copyOf(layers);
        metrics = List.copyOf(metrics);
        estimators = List.copyOf(estimators);
        rf = rf == null ? RfOptions.DEFAULT : rf;
        if (prediction != null && estimators.isEmpty()) {
            throw new IllegalArgumentException("a prediction needs receptive-field estimators to predict from");
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batchSize must be >= 1 (or AUTO_BATCH), not " + batchSize);
        }
        // a layer named twice would be probed once and reported twice
        java.util.Set<String> named = new java.util.HashSet<>();
        for (String layer : layers) {
            if (!named.add(layer)) {
                throw new IllegalArgumentException("layer '" + layer + "' is named twice in layers");
            }
        }
    }

    /** Receptive-field estimators with the default sampling and no prediction. */
    public RunDescription(String name, ComponentRef model, List<String> layers, Readout readout, ComponentRef stimulus,
            List<ComponentRef> metrics, List<ComponentRef> estimators, long seed, int batchSize) {
        this(name, model, layers, readout, stimulus, metrics, estimators, RfOptions.DEFAULT, null, seed, batchSize);
    }

    /** A run without receptive-field estimators. */
    public RunDescription(String name, ComponentRef model, List<String> layers, Readout readout, ComponentRef stimulus,
            List<ComponentRef> metrics, long seed, int batchSize) {
        this(name, model, layers, readout, stimulus, metrics, List.of(), RfOptions.DEFAULT, null, seed, batchSize);
    }

    /** A builder with the defaults of the JSON form: name "run", all layers, centre readout, seed 0, automatic batches. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this description's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).model(model).layers(layers).readout(readout).stimulus(stimulus).metrics(metrics)
                .estimators(estimators).rf(rf).prediction(prediction).seed(seed).batchSize(batchSize);
    }

    /** Fluent construction of a {@link RunDescription}; {@link #build()} checks it. */
    public static final class Builder {
        private String name = "run";
        private ComponentRef model;
        private List<String> layers = List.of();
        private Readout readout = Readout.centre();
        private ComponentRef stimulus;
        private final List<ComponentRef> metrics = new ArrayList<>();
        private final List<ComponentRef> estimators = new ArrayList<>();
        private RfOptions rf = RfOptions.DEFAULT;
        private ComponentRef prediction;
        private long seed;
        private int batchSize = AUTO_BATCH;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder model(ComponentRef model) {
            this.model = model;
            return this;
        }

        /** The model by id, with its default parameters. */
        public Builder model(String id) {
            return model(new ComponentRef(id, Map.of()));
        }

        /** The layers to probe; empty = all. */
        public Builder layers(List<String> layers) {
            this.layers = List.copyOf(layers);
            return this;
        }

        public Builder layers(String... layers) {
            return layers(List.of(layers));
        }

        public Builder readout(Readout readout) {
            this.readout = readout;
            return this;
        }

        public Builder stimulus(ComponentRef stimulus) {
            this.stimulus = stimulus;
            return this;
        }

        /** The stimulus set by id, with its default parameters. */
        public Builder stimulus(String id) {
            return stimulus(new ComponentRef(id, Map.of()));
        }

        /** Replaces the metrics. */
        public Builder metrics(List<ComponentRef> metrics) {
            this.metrics.clear();
            this.metrics.addAll(metrics);
            return this;
        }

        /** Adds a metric. */
        public Builder metric(ComponentRef metric) {
            metrics.add(metric);
            return this;
        }

        /** Adds a metric by id, with its default parameters. */
        public Builder metric(String id) {
            return metric(new ComponentRef(id, Map.of()));
        }

        /** Replaces the receptive-field estimators. */
        public Builder estimators(List<ComponentRef> estimators) {
            this.estimators.clear();
            this.estimators.addAll(estimators);
            return this;
        }

        /** Adds a receptive-field estimator. */
        public Builder estimator(ComponentRef estimator) {
            estimators.add(estimator);
            return this;
        }

        public Builder rf(RfOptions rf) {
            this.rf = rf;
            return this;
        }

        /** The stimuli on which predicted and measured tuning are compared; null = none. */
        public Builder prediction(ComponentRef prediction) {
            this.prediction = prediction;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Stimuli per forward pass, or {@link #AUTO_BATCH}. */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /**
         * The description; fails (IllegalArgumentException) without a model or a stimulus set, with a blank name or
         * readout missing, and on what the record itself rejects (a prediction without estimators, a negative batch).
         */
        public RunDescription build() {
            require(name != null && !name.isBlank(), "a run description needs a name");
            require(model != null, "a run description needs a model");
            require(stimulus != null, "a run description needs a stimulus set");
            require(readout != null, "a run description needs a readout");
            return new RunDescription(name, model, layers, readout, stimulus, metrics, estimators, rf, prediction, seed,
                    batchSize);
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
