package org.unitscope.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;

/**
 * A probe over a DJL block whose output is one feature map (n, C, H, W) per requested layer, in the order of
 * {@code layers}, on the whole input. Each batch runs in a sub-manager that is closed afterwards, so native memory
 * stays flat. Where a read-out unit looks follows from the model's description (the probe states no window).
 */
public final class BlockProbe implements Probe {
    private final NDManager manager;
    private final Block block;
    private final List<String> layers;
    private final int[] channels;
    private final Readout readout;
    private final int inputSize;
    private final int inputChannels;
    private final Preprocessing preprocessing;

    public BlockProbe(NDManager parent, Block block, List<String> layers, int[] channels, Readout readout,
            int inputSize, int inputChannels, Preprocessing preprocessing) {
        if (layers.size() != channels.length) {
            throw new IllegalArgumentException("one channel count per layer");
        }
        this.manager = parent.newSubManager();
        this.block = block;
        this.layers = List.copyOf(layers);
        this.channels = channels.clone();
        this.readout = readout;
        this.inputSize = inputSize;
        this.inputChannels = inputChannels;
        this.preprocessing = preprocessing;
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public int inputChannels() {
        return inputChannels;
    }

    @Override
    public List<String> layers() {
        return layers;
    }

    @Override
    public int channels(String layer) {
        int i = layers.indexOf(layer);
        if (i < 0) {
            throw new IllegalArgumentException("probe has no layer '" + layer + "'; it has " + layers);
        }
        return channels[i];
    }

    @Override
    public Map<String, float[]> forward(float[] pixels, int n) {
        int len = n * inputChannels * inputSize * inputSize;
        if (pixels.length < len) {
            throw new IllegalArgumentException("batch of " + n + " needs " + len + " values, got " + pixels.length);
        }
        float[] exact = pixels.length == len ? pixels : Arrays.copyOf(pixels, len);
        return DjlRuntime.call(() -> {
            try (NDManager batch = manager.newSubManager()) {
                NDArray x = batch.create(exact, new Shape(n, inputChannels, inputSize, inputSize));
                NDList in = new NDList(Preprocessor.apply(preprocessing, x));
                NDList out = block.forward(new ParameterStore(batch, false), in, false);
                if (out.size() != layers.size()) {
                    throw new IllegalStateException("network returned " + out.size() + " maps for " + layers.size() + " layers");
                }
                Map<String, float[]> result = new LinkedHashMap<>();
                for (int i = 0; i < layers.size(); i++) {
                    result.put(layers.get(i), readOut(out.get(i)).toFloatArray());
                }
                return result;
            }
        });
    }

    private NDArray readOut(NDArray map) {
        if (readout.mode() == Readout.Mode.MEAN) {
            // PyTorch engine reduces one axis per call
            return map.mean(new int[] {3}).mean(new int[] {2});
        }
        Shape s = map.getShape();
        return map.get(new NDIndex(":, :, {}, {}", readout.rowIn((int) s.get(2)), readout.colIn((int) s.get(3))));
    }

    @Override
    public void close() {
        manager.close();
    }
}
