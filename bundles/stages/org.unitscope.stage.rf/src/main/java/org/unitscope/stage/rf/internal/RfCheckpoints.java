package org.unitscope.stage.rf.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.unitscope.api.rf.RfResult;
import org.unitscope.api.stage.Checkpoints;
import org.unitscope.api.stage.StageContext;

/**
 * The receptive-field stage's finished work in the run's {@link Checkpoints}: the results of each streaming pass and
 * of each group of units on the patch matrix, saved as soon as they are finished, read back by a resumed run instead of
 * doing them again. Within a pass nothing is kept: a pass that was killed is done again from its first stimulus. A run
 * with a prediction neither saves nor reads them, since predicted units cannot be stored.
 */
final class RfCheckpoints {
    private final Checkpoints checkpoints;
    private final boolean enabled;

    RfCheckpoints(StageContext context) {
        this.checkpoints = context.checkpoints();
        this.enabled = context.prediction().isEmpty();
    }

    /** The results saved under {@code name} for the work {@code key} describes; empty when there are none to use. */
    Optional<List<RfResult>> restore(String name, String key) throws IOException {
        if (!enabled || !checkpoints.resuming()) {
            return Optional.empty();
        }
        Optional<InputStream> in = checkpoints.open(name);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(in.get(), 1 << 16))) {
            return RfResultCodec.read(data, key);
        }
    }

    void save(String name, String key, List<RfResult> results) throws IOException {
        if (enabled) {
            checkpoints.save(name, out -> RfResultCodec.write(new DataOutputStream(new BufferedOutputStream(out, 1 << 16)), key, results));
        }
    }
}
