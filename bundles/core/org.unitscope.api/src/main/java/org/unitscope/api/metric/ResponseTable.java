package org.unitscope.api.metric;

import org.unitscope.api.stimulus.LabelTable;

/**
 * Responses of the {@code units} units of one layer to every stimulus: {@code responses} is
 * stimuli x units, row-major; {@code labels} has one row per stimulus. {@code rfSize} is the layer's theoretical
 * receptive-field side in input pixels (NaN when unknown), e.g. for spatial frequency in cycles per receptive field.
 */
public record ResponseTable(String layer, int units, LabelTable labels, float[] responses, double rfSize) {

    public ResponseTable {
        if ((long) labels.count() * units != responses.length) {
            throw new IllegalArgumentException("responses must be " + labels.count() + " x " + units);
        }
    }

    /** A table whose layer geometry is unknown. */
    public ResponseTable(String layer, int units, LabelTable labels, float[] responses) {
        this(layer, units, labels, responses, Double.NaN);
    }

    public int stimuli() {
        return labels.count();
    }

    public float response(int stimulus, int unit) {
        return responses[stimulus * units + unit];
    }

    /** The responses of one unit to every stimulus. */
    public double[] unit(int unit) {
        double[] out = new double[stimuli()];
        for (int i = 0; i < out.length; i++) {
            out[i] = responses[i * units + unit];
        }
        return out;
    }
}
