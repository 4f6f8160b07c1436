package org.unitscope.stimulus.images.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.math.images.IdxFile;

/**
 * The chosen images of an IDX file, rendered on demand from its bytes (IdxFile holds them: 7.8 MB for the 10,000
 * Fashion-MNIST test images); every image has the same size, so one framing serves all. Rendering allocates one
 * image's planes per call and keeps nothing.
 */
final class IdxSequence implements StimulusSequence {
    /** MNIST-style images are white strokes on black: padding is black. */
    private static final float BACKGROUND = 0f;

    private final IdxFile images;
    private final int[] chosen;
    private final StimulusFormat format;
    private final Framing framing;
    private final LabelTable labels;

    IdxSequence(IdxFile images, IdxFile labelFile, int[] chosen, List<String> categoryNames, StimulusFormat format, Framing framing) {
        this.images = images;
        this.chosen = chosen.clone();
        this.format = format;
        this.framing = framing;
        double[] category = new double[chosen.length];
        double[] image = new double[chosen.length];
        List<String> names = new ArrayList<>(chosen.length);
        for (int i = 0; i < chosen.length; i++) {
            category[i] = labelFile.value(chosen[i]);
            image[i] = i;
            names.add("idx:" + chosen[i]);
        }
        this.labels = new LabelTable(List.of("category", "image"), new double[][] {category, image},
                Map.of("category", List.copyOf(categoryNames), "image", names));
    }

    @Override
    public StimulusFormat format() {
        return format;
    }

    @Override
    public int count() {
        return chosen.length;
    }

    @Override
    public LabelTable labels() {
        return labels;
    }

    @Override
    public void render(int from, int n, float[] dst, int offset) {
        RenderRange.check(from, n, dst, offset, chosen.length, format);
        int size = format.size();
        float[] plane = new float[size * size];
        for (int k = 0; k < n; k++) {
            Resampler.render(new IdxRows(images, chosen[from + k]), framing, BACKGROUND, plane);
            Channels.write(plane, 1, size * size, format.channels(), dst, offset + k * format.pixelsPerStimulus());
        }
    }
}
