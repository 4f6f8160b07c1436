package org.unitscope.api.stage;

/**
 * One layer's stored activations, stimuli x units row-major, sized for every stimulus of the sequence; rows past
 * {@link StoredResponses#stimuli()} are not filled yet. Read them through {@link #responses()}: a large run keeps
 * them in a memory-mapped file instead of an array (api.stage 1.3.0).
 *
 * @param rfSize    the layer's theoretical receptive-field size (px)
 * @param responses the values, on the heap or memory-mapped
 */
public record LayerActivations(String layer, int units, int rfSize, ResponseStore responses) {

    public LayerActivations {
        if (responses.units() != units) {
            throw new IllegalArgumentException("layer '" + layer + "' has " + units + " units, its responses " + responses.units());
        }
    }

    /** Activations held in an array ({@code values[stimulus * units + unit]}), as before api.stage 1.3.0. */
    public LayerActivations(String layer, int units, int rfSize, float[] values) {
        this(layer, units, rfSize, ResponseStore.of(values, units));
    }

    /**
     * The array of a layer held on the heap (not a copy).
     *
     * @throws IllegalStateException when the layer is memory-mapped: read it through {@link #responses()}
     * @deprecated read through {@link #responses()}, which also serves layers too large for the heap
     */
    @Deprecated
    public float[] values() {
        if (responses instanceof HeapResponses h) {
            return h.values();
        }
        throw new IllegalStateException("the responses of layer '" + layer + "' are memory-mapped from a file (" + responses.rows()
                + " stimuli x " + units + " units, too large for the heap): read them through LayerActivations.responses()");
    }
}
