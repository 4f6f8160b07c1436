package org.unitscope.spi.djl.model;

import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.djl.BlockProbe;
import org.unitscope.djl.DjlRuntime;
import org.unitscope.djl.SubsetProbe;

/** A {@link DjlNetwork} in native memory: every probe runs the whole block and reads out the layers asked for. */
final class DjlModel implements LoadedModel {
    private final DjlNetwork network;
    private final NDManager manager;

    DjlModel(DjlNetwork network, NDManager manager) {
        this.network = network;
        this.manager = manager;
    }

    @Override
    public ModelDescription description() {
        return network.description();
    }

    @Override
    public Probe openProbe(List<String> layers, Readout readout) {
        ModelDescription d = description();
        for (String l : layers) {
            LayerInfo info = d.layer(l).orElseThrow(() -> new IllegalArgumentException(
                    d.id() + " has no layer '" + l + "'; it has " + d.layerNames()));
            if (readout.mode() == Readout.Mode.POSITION && (readout.row() >= info.mapSize() || readout.col() >= info.mapSize())) {
                throw new IllegalArgumentException("readout position " + readout + " is outside layer '" + l + "''s "
                        + info.mapSize() + "x" + info.mapSize() + " map");
            }
        }
        int[] channels = d.layers().stream().mapToInt(LayerInfo::channels).toArray();
        BlockProbe all = new BlockProbe(manager, network.block(), d.layerNames(), channels, readout, d.inputSize(),
                d.inputChannels(), network.preprocessing());
        return new SubsetProbe(all, layers);
    }

    @Override
    public Map<String, Double> groundTruth(String layer, int channel) {
        return network.groundTruth(layer, channel);
    }

    @Override
    public void close() {
        DjlRuntime.call(() -> {
            for (AutoCloseable c : network.owned()) {
                c.close();
            }
            manager.close();
            return null;
        });
    }
}
