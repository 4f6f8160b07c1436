package org.unitscope.djl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.model.InputCrop;
import org.unitscope.api.model.Probe;

/**
 * Narrows a probe over all of a network's maps to the layers asked for, in the order asked: networks that always
 * compute every map serve any subset from one pass.
 */
public final class SubsetProbe implements Probe {
    private final Probe all;
    private final List<String> layers;

    public SubsetProbe(Probe all, List<String> layers) {
        this.all = all;
        this.layers = List.copyOf(layers);
    }

    @Override
    public int inputSize() {
        return all.inputSize();
    }

    @Override
    public int inputChannels() {
        return all.inputChannels();
    }

    @Override
    public List<String> layers() {
        return layers;
    }

    @Override
    public int channels(String layer) {
        if (!layers.contains(layer)) {
            throw new IllegalArgumentException("probe has no layer '" + layer + "'; it has " + layers);
        }
        return all.channels(layer);
    }

    @Override
    public Map<String, float[]> forward(float[] pixels, int n) {
        Map<String, float[]> every = all.forward(pixels, n);
        Map<String, float[]> out = new LinkedHashMap<>();
        for (String l : layers) {
            out.put(l, every.get(l));
        }
        return out;
    }

    @Override
    public InputCrop inputCrop() {
        return all.inputCrop();
    }

    @Override
    public void close() {
        all.close();
    }
}
