package org.unitscope.runtime.stagebundle;

import java.io.IOException;
import org.unitscope.api.stage.LayerActivations;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stage.StoredResponses;

/**
 * A stage as a plugin would write one (packed into a bundle of its own by {@code RunStageIT}): after the result
 * files, one CSV row per layer with its units and the largest stored response.
 */
public final class LayerMaximaStage implements RunStage {
    public static final String FILE = "stage-test/layer-maxima.csv";

    @Override
    public String id() {
        return "layer-maxima";
    }

    @Override
    public int order() {
        return WRITE + 50;
    }

    @Override
    public void run(StageContext context) throws IOException {
        StoredResponses stored = context.responses();
        StringBuilder csv = new StringBuilder("layer,units,stimuli,max\n");
        for (LayerActivations l : stored.layers()) {
            float max = Float.NEGATIVE_INFINITY;
            float[] row = new float[l.units()];
            for (int i = 0; i < stored.stimuli(); i++) {
                l.responses().readRows(i, 1, row, 0); // the same on the heap and memory-mapped
                for (float v : row) {
                    max = Math.max(max, v);
                }
            }
            csv.append(l.layer()).append(',').append(l.units()).append(',').append(stored.stimuli()).append(',').append(max).append('\n');
        }
        context.summary("layer-maxima: " + stored.layers().size() + " layers");
        context.results().writeString(FILE, csv.toString());
    }
}
