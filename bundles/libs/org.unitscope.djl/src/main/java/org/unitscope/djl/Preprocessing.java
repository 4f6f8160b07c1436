package org.unitscope.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Locale;

/**
 * Maps stimuli (luminance in [0, 1], RGB channel order) to what a network's weights expect. The weights
 * declare it; a run may override it; the manifest records it.
 */
public enum Preprocessing {
    /** Values as they are. */
    NONE,
    /** Mean luminance to zero: x - 0.5 (the synthetic V1 network). */
    CENTRED,
    /** Keras "caffe": RGB to BGR, 0..255 scale, minus the ImageNet BGR means 103.939 / 116.779 / 123.68. */
    CAFFE,
    /** torchvision: (x - 0.485/0.456/0.406) / 0.229/0.224/0.225 per RGB channel. */
    TORCH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Preprocessing parse(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("preprocessing must be one of none, centred, caffe, torch; not '" + id + "'");
        }
    }

    /** Applies the mapping to a batch of shape (n, channels, h, w); returns a new array. */
    public NDArray apply(NDArray x) {
        NDManager m = x.getManager();
        long channels = x.getShape().get(1);
        switch (this) {
            case NONE:
                return x.duplicate();
            case CENTRED:
                return x.sub(0.5f);
            case CAFFE: {
                requireRgb(channels);
                NDArray bgr = x.mul(255f).flip(1);
                return bgr.sub(m.create(new float[] {103.939f, 116.779f, 123.68f}).reshape(1, 3, 1, 1));
            }
            case TORCH: {
                requireRgb(channels);
                NDArray mean = m.create(new float[] {0.485f, 0.456f, 0.406f}).reshape(1, 3, 1, 1);
                NDArray std = m.create(new float[] {0.229f, 0.224f, 0.225f}).reshape(1, 3, 1, 1);
                return x.sub(mean).div(std);
            }
            default:
                throw new IllegalStateException(name());
        }
    }

    private void requireRgb(long channels) {
        if (channels != 3) {
            throw new IllegalArgumentException(id() + " preprocessing needs 3 (RGB) channels, the input has " + channels);
        }
    }
}
