package org.unitscope.model.synthetic.internal;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.model.LayerStack;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.djl.BlockProbe;
import org.unitscope.djl.SubsetProbe;
import org.unitscope.djl.DjlRuntime;
import org.unitscope.djl.ParameterDigest;

/** The synthetic network in native memory, with its description and ground truth. */
final class SyntheticV1Model implements LoadedModel {
    private final SyntheticV1Network network;
    private final NDManager manager;
    /** Blocks by the layers they compute (in the network's order): a probe runs only the layers it reads. */
    private final Map<List<String>, Block> blocks = new HashMap<>();
    private final ModelDescription description;

    SyntheticV1Model(SyntheticV1Network network, int inputSize) {
        this.network = network;
        this.manager = DjlRuntime.engine().newBaseManager();
        Block all = DjlRuntime.call(() -> network.build(manager, inputSize));
        blocks.put(network.layers(), all);
        // every layer is one rf x rf convolution of the input (a branch each), so all share the geometry
        LayerStack branch = LayerStack.input(inputSize).then(network.kernel());
        ModelDescription.Builder b = ModelDescription.builder(SyntheticV1Backend.ID)
                .name("synthetic V1 network (fixed Gabor and DoG weights)").input(1, inputSize)
                .preprocessing(Preprocessing.CENTRED).weights("fixed", ParameterDigest.sha256(all));
        network.layers().forEach(l -> b.layer(branch.layer(l, network.channels(l))));
        DjlRuntime.provenance().forEach(b::provenance);
        this.description = b.build();
    }

    @Override
    public ModelDescription description() {
        return description;
    }

    @Override
    public Probe openProbe(List<String> layers, Readout readout) {
        List<String> all = description.layerNames();
        for (String l : layers) {
            if (!all.contains(l)) {
                throw new IllegalArgumentException("synthetic-v1 has no layer '" + l + "'; it has " + all);
            }
        }
        // the layers share nothing: computing only those asked for gives them the same values, faster
        List<String> computed = all.stream().filter(layers::contains).toList();
        if (computed.isEmpty()) {
            computed = all;
        }
        int[] channels = computed.stream().mapToInt(network::channels).toArray();
        return new SubsetProbe(new BlockProbe(manager, block(computed), computed, channels, readout,
                description.inputSize(), 1, description.inputPreprocessing()), layers);
    }

    private synchronized Block block(List<String> layers) {
        return blocks.computeIfAbsent(layers, l -> DjlRuntime.call(() -> network.build(manager, description.inputSize(), l)));
    }

    @Override
    public Map<String, Double> groundTruth(String layer, int channel) {
        return network.truth(layer, channel);
    }

    @Override
    public void close() {
        DjlRuntime.call(() -> {
            manager.close();
            return null;
        });
    }
}
