package org.unitscope.api.run;

import java.util.List;
import org.unitscope.api.model.Readout;

/**
 * What to compose: a model, the layers to probe (empty = all), the readout, one stimulus set, the metrics,
 * the receptive-field estimators with their sampling options ({@code rf}) and the stimuli
 * (typically gratings) on which the rebuilt receptive fields' tuning is compared with the units' ({@code prediction},
 * null = none), the seed and the batch size ({@link #AUTO_BATCH} = chosen by the engine from the stimulus size and memory). Read from and written to JSON by the engine; recorded in every manifest.
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
}
