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
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.RfWindow;
import org.unitscope.api.model.Readout;

/**
 * A probe over a DJL block whose output is one feature map (n, C, H, W) per requested layer, in the order of
 * {@code layers}. Each batch runs in a sub-manager that is closed afterwards, so native memory stays flat.
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
    private final Map<String, LayerInfo> geometry = new java.util.HashMap<>();

    public BlockProbe(NDManager parent, Block block, List<String> layers, int[] channels, Readout readout,
            int inputSize, int inputChannels, Preprocessing preprocessing) {
        this(parent, block, layers, channels, readout, inputSize, inputChannels, preprocessing, List.of());
    }

    /** With the layers' geometry (maps of the full input), so the probe can say where each read-out unit looks. */
    public BlockProbe(NDManager parent, Block block, List<String> layers, int[] channels, Readout readout,
            int inputSize, int inputChannels, Preprocessing preprocessing, List<LayerInfo> geometry) {
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
        for (LayerInfo l : geometry) {
            this.geometry.put(l.name(), l);
        }
    }

    @Override
    public java.util.Optional<RfWindow> receptiveField(String layer) {
        LayerInfo l = geometry.get(layer);
        if (l == null || readout.mode() == Readout.Mode.MEAN) {
            return java.util.Optional.empty();
        }
        int r = readout.mode() == Readout.Mode.POSITION ? readout.row() : Readout.centreIndex(l.mapSize());
        int c = readout.mode() == Readout.Mode.POSITION ? readout.col() : Readout.centreIndex(l.mapSize());
        return java.util.Optional.of(RfWindow.of(l.rf(), r, c));
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
                NDList out = block.forward(new ParameterStore(batch, false), new NDList(preprocessing.apply(x)), false);
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
        Shape s = map.getShape();
        switch (readout.mode()) {
            case MEAN:
                // PyTorch engine reduces one axis per call
                return map.mean(new int[] {3}).mean(new int[] {2});
            case POSITION:
                if (readout.row() >= s.get(2) || readout.col() >= s.get(3)) {
                    throw new IllegalArgumentException("readout position " + readout + " is outside the " + s.get(2) + "x" + s.get(3) + " map");
                }
                return map.get(new NDIndex(":, :, {}, {}", readout.row(), readout.col()));
            case CENTRE:
            default:
                return map.get(new NDIndex(":, :, {}, {}", Readout.centreIndex((int) s.get(2)), Readout.centreIndex((int) s.get(3))));
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
