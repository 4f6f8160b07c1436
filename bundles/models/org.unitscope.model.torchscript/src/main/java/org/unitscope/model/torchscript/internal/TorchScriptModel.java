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
            List<RfGeometry> rf = given ? checkedGiven(s, shapes)
                    : new ImpulseGeometry(network, s.inputChannels(), s.inputSize()).measure(shapes);
            List<LayerInfo> layers = new ArrayList<>();
            for (int i = 0; i < shapes.size(); i++) {
                layers.add(new LayerInfo(s.layers().get(i), shapes.get(i).channels(), shapes.get(i).side(), rf.get(i)));
            }
            Map<String, String> provenance = new LinkedHashMap<>(DjlRuntime.provenance());
            provenance.put("format", "torchscript");
            provenance.put("rf", given ? "parameter" : "measured with impulses");
            ModelDescription d = new ModelDescription(TorchScriptBackend.ID, "TorchScript module " + s.file().getFileName(),
                    s.inputChannels(), s.inputSize(), s.preprocessing(), layers, s.file().toString(), sha, provenance);
            return new TorchScriptModel(network, s, d);
        } catch (RuntimeException e) {
            network.close();
            throw e;
        }
    }

    /** The given geometry, after checking that a path of operations gives the map side the module returns. */
    private static List<RfGeometry> checkedGiven(TorchScriptSettings s, List<ScriptNetwork.MapShape> shapes) {
        List<RfGeometry> out = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            RfSpecs.Given g = s.rf().get(i);
            int side = shapes.get(i).side();
            if (g.mapSize() > 0 && g.mapSize() != side) {
                throw new UnitscopeException(TorchScriptSettings.where("rf") + ": '" + g.spec() + "' gives layer '" + s.layers().get(i)
                        + "' a " + g.mapSize() + "x" + g.mapSize() + " map at input side " + s.inputSize() + ", but " + s.file()
                        + " returns " + side + "x" + side + ": those are not the module's layers");
            }
            out.add(g.rf());
        }
        return out;
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
                settings.inputSize(), settings.inputChannels(), description.inputPreprocessing());
        return new org.unitscope.djl.SubsetProbe(all, layers);
    }

    @Override
    public void close() {
        network.close();
    }
}
