package org.unitscope.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.unitscope.api.model.Preprocessing;

/**
 * Applies a {@link Preprocessing} to a batch of stimuli (n, channels, h, w) on the engine: channel order, scale,
 * mean, std, each step only where it changes something, so that the constants compute exactly as they always have.
 */
public final class Preprocessor {
    private Preprocessor() {
    }

    /** A new array: {@code (x[order] * scale - mean) / std}. */
    public static NDArray apply(Preprocessing p, NDArray x) {
        p.requireChannels((int) x.getShape().get(1));
        if (p.isIdentity()) {
            return x.duplicate();
        }
        NDArray y = x;
        if (p.order() == Preprocessing.ChannelOrder.BGR) {
            y = y.flip(1);
        }
        if (p.scale() != 1f) {
            y = y.mul(p.scale());
        }
        if (p.mean().stream().anyMatch(m -> m != 0f)) {
            y = p.mean().size() == 1 ? y.sub(p.mean().get(0)) : y.sub(perChannel(x.getManager(), p.mean()));
        }
        if (p.std().stream().anyMatch(s -> s != 1f)) {
            y = p.std().size() == 1 ? y.div(p.std().get(0)) : y.div(perChannel(x.getManager(), p.std()));
        }
        return y == x ? x.duplicate() : y;
    }

    private static NDArray perChannel(NDManager m, List<Float> values) {
        float[] v = new float[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i);
        }
        return m.create(v).reshape(1, v.length, 1, 1);
    }
}
