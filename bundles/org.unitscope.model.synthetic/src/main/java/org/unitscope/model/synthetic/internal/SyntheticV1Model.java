package org.unitscope.model.synthetic.internal;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.util.List;
import java.util.Map;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfGeometry;
import org.unitscope.djl.BlockProbe;
import org.unitscope.djl.SubsetProbe;
import org.unitscope.djl.DjlRuntime;
import org.unitscope.djl.ParameterDigest;
import org.unitscope.djl.Preprocessing;

/** The synthetic network in native memory, with its description and ground truth. */
final class SyntheticV1Model implements LoadedModel {
    private final SyntheticV1Network network;
    private final NDManager manager;
    private final Block block;
    private final ModelDescription description;

    SyntheticV1Model(SyntheticV1Network network, int inputSize) {
        this.network = network;
        this.manager = DjlRuntime.engine().newBaseManager();
        this.block = DjlRuntime.call(() -> network.build(manager, inputSize));
        RfGeometry rf = RfGeometry.input().then(network.rf(), 1, network.rf() / 2);
        List<LayerInfo> layers = List.of(
                new LayerInfo(SyntheticV1Network.SIMPLE, network.units(), inputSize, rf),
                new LayerInfo(SyntheticV1Network.COMPLEX, network.units(), inputSize, rf));
        this.description = new ModelDescription(SyntheticV1Backend.ID, "synthetic V1 network (fixed Gabor weights)", 1,
                inputSize, Preprocessing.CENTRED.id(), layers, "fixed", ParameterDigest.sha256(block),
                DjlRuntime.provenance());
    }

    @Override
    public ModelDescription description() {
        return description;
    }

    @Override
    public Probe openProbe(List<String> layers, Readout readout) {
        // The network computes both layers in one pass; a probe on a subset still runs both (they are cheap).
        List<String> all = description.layerNames();
        for (String l : layers) {
            if (!all.contains(l)) {
                throw new IllegalArgumentException("synthetic-v1 has no layer '" + l + "'; it has " + all);
            }
        }
        int[] channels = {network.units(), network.units()};
        return new SubsetProbe(new BlockProbe(manager, block, all, channels, readout, description.inputSize(), 1,
                Preprocessing.CENTRED, description.layers()), layers);
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
