package org.unitscope.model.synthetic.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.model.Probe;

/** Narrows a probe's output to the layers that were asked for. */
final class SubsetProbe implements Probe {
    private final Probe inner;
    private final List<String> layers;

    SubsetProbe(Probe inner, List<String> layers) {
        this.inner = inner;
        this.layers = List.copyOf(layers);
    }

    @Override
    public int inputSize() {
        return inner.inputSize();
    }

    @Override
    public int inputChannels() {
        return inner.inputChannels();
    }

    @Override
    public List<String> layers() {
        return layers;
    }

    @Override
    public int channels(String layer) {
        return inner.channels(layer);
    }

    @Override
    public Map<String, float[]> forward(float[] pixels, int n) {
        Map<String, float[]> all = inner.forward(pixels, n);
        Map<String, float[]> out = new LinkedHashMap<>();
        for (String l : layers) {
            out.put(l, all.get(l));
        }
        return out;
    }

    @Override
    public void close() {
        inner.close();
    }
}
