package org.unitscope.model.vgg16.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.model.InputCrop;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.model.Probe;
import org.unitscope.djl.CropPlan;
import org.unitscope.djl.DjlRuntime;
import org.unitscope.djl.Preprocessor;

/**
 * Runs VGG16 only as far as the deepest requested layer, on the crop of the input that covers the read-out
 * units' receptive fields ({@link CropPlan}); one pass serves every requested layer.
 */
final class Vgg16Probe implements Probe {
    private final Vgg16Network network;
    private final NDManager manager;
    private final List<String> layers;
    private final Map<String, Integer> index = new HashMap<>();
    private final int last;
    private final CropPlan plan;
    private final Preprocessing preprocessing;

    Vgg16Probe(Vgg16Network network, NDManager parent, List<String> layers, CropPlan plan, Preprocessing preprocessing) {
        this.network = network;
        this.manager = parent.newSubManager();
        this.layers = List.copyOf(layers);
        this.plan = plan;
        this.preprocessing = preprocessing;
        int deepest = -1;
        for (String l : layers) {
            int i = network.topology().conv(l).index();
            index.put(l, i);
            deepest = Math.max(deepest, i);
        }
        this.last = deepest;
    }

    /** The crop is data: the engine moves the windows of the model's geometry by its origin. */
    @Override
    public InputCrop inputCrop() {
        return plan.crop();
    }

    CropPlan plan() {
        return plan;
    }

    @Override
    public int inputSize() {
        return plan.size();
    }

    @Override
    public int inputChannels() {
        return network.topology().inputChannels();
    }

    @Override
    public List<String> layers() {
        return layers;
    }

    @Override
    public int channels(String layer) {
        return network.topology().conv(layer).out();
    }

    @Override
    public Map<String, float[]> forward(float[] pixels, int n) {
        int c = inputChannels();
        int s = plan.size();
        int len = n * c * s * s;
        if (pixels.length < len) {
            throw new IllegalArgumentException("batch of " + n + " needs " + len + " values, got " + pixels.length);
        }
        float[] exact = pixels.length == len ? pixels : Arrays.copyOf(pixels, len);
        return DjlRuntime.call(() -> {
            try (NDManager batch = manager.newSubManager()) {
                NDArray x = Preprocessor.apply(preprocessing, batch.create(exact, new Shape(n, c, s, s)));
                ParameterStore ps = new ParameterStore(batch, false);
                Map<Integer, float[]> taps = new HashMap<>();
                for (int i = 0; i <= last; i++) {
                    x = Activation.relu(network.convs().get(i).forward(ps, new NDList(x), false).singletonOrThrow());
                    for (Map.Entry<String, Integer> e : index.entrySet()) {
                        if (e.getValue() == i) {
                            taps.put(i, readOut(x, plan.units().get(e.getKey())).toFloatArray());
                        }
                    }
                    if (i < last && network.topology().convs().get(i).poolAfter()) {
                        x = Vgg16Network.pool(x);
                    }
                }
                Map<String, float[]> out = new LinkedHashMap<>();
                for (String l : layers) {
                    out.put(l, taps.get(index.get(l)));
                }
                return out;
            }
        });
    }

    private static NDArray readOut(NDArray map, int[] unit) {
        if (unit == null) {
            return map.mean(new int[] {3}).mean(new int[] {2});
        }
        return map.get(new NDIndex(":, :, {}, {}", unit[0], unit[1]));
    }

    @Override
    public void close() {
        DjlRuntime.call(() -> {
            manager.close();
            return null;
        });
    }
}
