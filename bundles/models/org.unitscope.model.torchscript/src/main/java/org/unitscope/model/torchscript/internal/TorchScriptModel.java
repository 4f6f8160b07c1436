package org.unitscope.model.torchscript.internal;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfGeometry;
import org.unitscope.djl.BlockProbe;
import org.unitscope.djl.DjlRuntime;

/** A TorchScript network in native memory with its description: layer shapes, geometry, file and hash. */
final class TorchScriptModel implements LoadedModel {
    private final ScriptNetwork network;
    private final TorchScriptSettings settings;
    private final ModelDescription description;

    private TorchScriptModel(ScriptNetwork network, TorchScriptSettings settings, ModelDescription description) {
        this.network = network;
        this.settings = settings;
        this.description = description;
    }

    static TorchScriptModel open(TorchScriptSettings s) {
        if (!Files.isRegularFile(s.file())) {
            throw new UnitscopeException("TorchScript file not found: " + s.file().toAbsolutePath() + " ("
                    + TorchScriptSettings.where("file") + ")");
        }
        String sha = FileDigest.sha256(s.file());
        ScriptNetwork network = ScriptNetwork.load(s.file(), s.layers());
        try {
            List<ScriptNetwork.MapShape> shapes = network.shapes(s.inputChannels(), s.inputSize());
            boolean given = !s.rf().isEmpty();
            List<RfGeometry> rf = given ? s.rf() : new ImpulseGeometry(network, s.inputChannels(), s.inputSize()).measure(shapes);
            List<LayerInfo> layers = new ArrayList<>();
            for (int i = 0; i < shapes.size(); i++) {
                layers.add(new LayerInfo(s.layers().get(i), shapes.get(i).channels(), shapes.get(i).side(), rf.get(i)));
            }
            Map<String, String> provenance = new LinkedHashMap<>(DjlRuntime.provenance());
            provenance.put("format", "torchscript");
            provenance.put("rf", given ? "parameter" : "measured with impulses");
            ModelDescription d = new ModelDescription(TorchScriptBackend.ID, "TorchScript module " + s.file().getFileName(),
                    s.inputChannels(), s.inputSize(), s.preprocessing().id(), layers, s.file().toString(), sha, provenance);
            return new TorchScriptModel(network, s, d);
        } catch (RuntimeException e) {
            network.close();
            throw e;
        }
    }

    @Override
    public ModelDescription description() {
        return description;
    }

    /** Runs the whole module on the whole input: its layers are unknown, so no crop can be proven exact. */
    @Override
    public Probe openProbe(List<String> layers, Readout readout) {
        for (String l : layers) {
            LayerInfo info = description.layer(l).orElseThrow(() -> new IllegalArgumentException(
                    network.file() + " has no layer '" + l + "'; it has " + description.layerNames()));
            if (readout.mode() == Readout.Mode.POSITION && (readout.row() >= info.mapSize() || readout.col() >= info.mapSize())) {
                throw new IllegalArgumentException("readout position " + readout + " is outside layer '" + l + "''s "
                        + info.mapSize() + "x" + info.mapSize() + " map");
            }
        }
        int[] channels = description.layers().stream().mapToInt(LayerInfo::channels).toArray();
        BlockProbe all = new BlockProbe(network.manager(), network.block(), description.layerNames(), channels, readout,
                settings.inputSize(), settings.inputChannels(), settings.preprocessing(), description.layers());
        return new org.unitscope.djl.SubsetProbe(all, layers);
    }

    @Override
    public void close() {
        network.close();
    }
}
