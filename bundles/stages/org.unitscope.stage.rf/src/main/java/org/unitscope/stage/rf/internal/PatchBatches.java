package org.unitscope.stage.rf.internal;

import java.io.IOException;
import java.util.List;
import org.unitscope.api.stage.Phase;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stimulus.StimulusSequence;

/**
 * One pass over the regenerated stimuli (the sequence is random access and deterministic): batch by batch, the
 * stimuli are rendered and the patches of the chosen layers cut ({@link PatchGeometry}). A stop request is honoured
 * between batches.
 */
final class PatchBatches {

    /** Takes stimuli {@code first .. first + n - 1}: {@code patches[layer]} holds n x d values, null for a layer not chosen. */
    @FunctionalInterface
    interface Batch {
        void accept(int first, int n, float[][] patches) throws IOException;
    }

    private PatchBatches() {
    }

    /** Runs the pass; false when stopped before its end. */
    static boolean pass(StimulusSequence sequence, List<PatchGeometry> geometries, boolean[] chosen,
            StageContext context, Phase phase, Batch batch) throws IOException {
        return pass(sequence, 0, sequence.count(), 0, geometries, chosen, context, phase, batch);
    }

    /**
     * Runs the pass over stimuli {@code from .. to - 1} only (one block), the phase told {@code doneBefore} + the
     * stimuli done in it; false when stopped before its end.
     */
    static boolean pass(StimulusSequence sequence, int from, int to, long doneBefore, List<PatchGeometry> geometries, boolean[] chosen,
            StageContext context, Phase phase, Batch batch) throws IOException {
        int side = context.format().size();
        int channels = context.format().channels();
        int batchSize = context.batchSize();
        float[] pixels = new float[batchSize * side * side * channels];
        float[][] patches = new float[geometries.size()][];
        for (int l = 0; l < patches.length; l++) {
            patches[l] = chosen[l] ? new float[batchSize * geometries.get(l).dimension()] : null;
        }
        for (int done = from; done < to; ) {
            if (context.stopRequested()) {
                return false;
            }
            int n = Math.min(batchSize, to - done);
            sequence.render(done, n, pixels, 0);
            for (int l = 0; l < patches.length; l++) {
                if (patches[l] != null) {
                    PatchGeometry g = geometries.get(l);
                    for (int k = 0; k < n; k++) {
                        g.cut(pixels, k, side, channels, patches[l], k * g.dimension());
                    }
                }
            }
            batch.accept(done, n, patches);
            done += n;
            phase.done(doneBefore + done - from);
        }
        return true;
    }
}
