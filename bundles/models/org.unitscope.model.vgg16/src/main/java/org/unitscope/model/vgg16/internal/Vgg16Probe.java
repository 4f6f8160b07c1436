package org.unitscope.model.vgg16.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
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
 * units' receptive fields ({@link CropPlan}), and inside the network on the cone of the read-out units
 * ({@link ConePlan}): each map only as far as this layer's read-out and the deeper ones need it. One pass serves
 * every requested layer.
 */
final class Vgg16Probe implements Probe {
    private final Vgg16Network network;
    private final NDManager manager;
    private final List<String> layers;
    private final Map<String, Integer> index = new HashMap<>();
    private final int last;
    private final CropPlan plan;
    private final Preprocessing preprocessing;
    private final ConePlan cone;

    Vgg16Probe(Vgg16Network network, NDManager parent, List<String> layers, CropPlan plan, Preprocessing preprocessing,
            boolean coneCrop) {
        this.network = network;
        this.manager = parent.newSubManager();
        this.layers = List.copyOf(layers);
        this.plan = plan;
        this.preprocessing = preprocessing;
        for (String l : layers) {
            index.put(l, network.topology().conv(l).index());
        }
        this.last = index.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        this.cone = cone(network.topology(), layers, plan, coneCrop);
    }

    /** The cone of the read-out units, or whole maps where cropping is off or the read-out is the spatial mean. */
    private static ConePlan cone(Vgg16Topology topology, List<String> layers, CropPlan plan, boolean crop) {
        Map<Integer, int[]> readouts = new HashMap<>();
        int deepest = 0;
        boolean positions = true;
        for (String l : layers) {
            int stage = topology.stage(topology.conv(l));
            deepest = Math.max(deepest, stage);
            int[] unit = plan.units().get(l);
            positions &= unit != null;
            readouts.put(stage, unit);
        }
        return crop && positions && !readouts.isEmpty() ? ConePlan.of(topology.ops(), plan.size(), readouts)
                : ConePlan.whole(topology.ops(), plan.size(), deepest);
    }

    /** The crop is data: the engine moves the windows of the model's geometry by its origin. */
    @Override
    public InputCrop inputCrop() {
        return plan.crop();
    }

    CropPlan plan() {
        return plan;
    }

    ConePlan cone() {
        return cone;
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
                Map<String, float[]> taps = run(x);
                Map<String, float[]> out = new LinkedHashMap<>();
                for (String l : layers) {
                    out.put(l, taps.get(l));
                }
                return out;
            }
        });
    }

    /** Convolutions and pools up to the deepest requested layer, each on its window of the cone. */
    private Map<String, float[]> run(NDArray input) {
        NDArray x = input;
        Map<String, float[]> taps = new HashMap<>();
        int stage = 0;
        for (int i = 0; i <= last; i++) {
            x = network.conv(i, x, cone.rowCut(stage), cone.colCut(stage));
            stage++;
            for (Map.Entry<String, Integer> e : index.entrySet()) {
                if (e.getValue() == i) {
                    int[] unit = plan.units().get(e.getKey());
                    taps.put(e.getKey(), readOut(x, unit == null ? null : cone.local(stage, unit)).toFloatArray());
                }
            }
            if (i < last && network.topology().convs().get(i).poolAfter()) {
                x = Vgg16Network.pool(x, cone.rowCut(stage), cone.colCut(stage));
                stage++;
            }
        }
        return taps;
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
