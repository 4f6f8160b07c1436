package org.unitscope.stimulus.noise.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;

/**
 * The first {@code count} stimuli of a noise ensemble, each centred in the frame on a mean-gray background.
 * Labels "index" and "seed" identify every stimulus, so results can regenerate it with {@link #patch(int)}.
 */
final class NoiseSequence implements StimulusSequence {
    private final NoiseEnsemble ensemble;
    private final int count;
    private final StimulusFormat format;
    private final CentredFrame frame;
    private final LabelTable labels;

    NoiseSequence(NoiseEnsemble ensemble, int count, double mean, StimulusFormat format) {
        if (ensemble.channels() != format.channels()) {
            throw new IllegalArgumentException("ensemble has " + ensemble.channels() + " channels, the format " + format.channels());
        }
        this.ensemble = ensemble;
        this.count = count;
        this.format = format;
        this.frame = ensemble.size() == format.size() ? null : new CentredFrame(format.size(), ensemble.size(), format.channels(), mean);
        double[] index = new double[count];
        double[] seed = new double[count];
        for (int i = 0; i < count; i++) {
            index[i] = i;
            seed[i] = ensemble.seed();
        }
        this.labels = new LabelTable(List.of("index", "seed"), new double[][] {index, seed}, Map.of());
    }

    @Override
    public StimulusFormat format() {
        return format;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public LabelTable labels() {
        return labels;
    }

    /** Stimulus {@code i} without its frame: what an estimator correlates with the responses. */
    float[] patch(int i) {
        Objects.checkIndex(i, count);
        return ensemble.patch(i);
    }

    @Override
    public void render(int from, int n, float[] dst, int offset) {
        Objects.checkFromIndexSize(from, n, count);
        int stride = format.pixelsPerStimulus();
        Objects.checkFromIndexSize(offset, n * stride, dst.length);
        double[] plane = new double[ensemble.size() * ensemble.size()];
        float[] patch = frame == null ? null : new float[ensemble.patchLength()];
        for (int k = 0; k < n; k++) {
            int at = offset + k * stride;
            if (frame == null) {
                ensemble.patch(from + k, dst, at, plane);
            } else {
                ensemble.patch(from + k, patch, 0, plane);
                frame.place(patch, 0, dst, at);
            }
        }
    }
}
