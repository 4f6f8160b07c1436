package org.unitscope.api.stage;

/**
 * One layer's stored activations, stimuli x units row-major ({@code values[stimulus * units + unit]}), sized for
 * every stimulus of the sequence; rows past {@link StoredResponses#stimuli()} are not filled yet.
 *
 * @param rfSize the layer's theoretical receptive-field size (px)
 */
public record LayerActivations(String layer, int units, int rfSize, float[] values) {
}
