package org.unitscope.model.torchscript.internal;

import org.unitscope.api.model.Readout;

/** Readouts computed in plain Java from PyTorch's full reference maps, and the error measure of the tests. */
final class ReferenceReadouts {
    private ReferenceReadouts() {
    }

    /** The readout of a full (n, C, H, W) map, n x C row-major, as a probe returns it. */
    static float[] of(NpzFixture.Array map, Readout readout) {
        int n = map.shape()[0];
        int c = map.shape()[1];
        int h = map.shape()[2];
        int w = map.shape()[3];
        float[] out = new float[n * c];
        for (int i = 0; i < n * c; i++) {
            int base = i * h * w;
            switch (readout.mode()) {
                case MEAN: {
                    double s = 0;
                    for (int k = 0; k < h * w; k++) {
                        s += map.data()[base + k];
                    }
                    out[i] = (float) (s / (h * w));
                    break;
                }
                case POSITION:
                    out[i] = map.data()[base + readout.row() * w + readout.col()];
                    break;
                default:
                    out[i] = map.data()[base + Readout.centreIndex(h) * w + Readout.centreIndex(w)];
            }
        }
        return out;
    }

    /** max |got - want| / max |want|: relative to the layer's scale, so near-zero units do not dominate. */
    static double relativeError(float[] got, float[] want) {
        if (got.length != want.length) {
            return Double.POSITIVE_INFINITY;
        }
        double err = 0;
        double scale = 0;
        for (int i = 0; i < want.length; i++) {
            err = Math.max(err, Math.abs(got[i] - want[i]));
            scale = Math.max(scale, Math.abs(want[i]));
        }
        return scale == 0 ? err : err / scale;
    }
}
