package org.unitscope.model.vgg16.internal;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.djl.CropPlan;
import org.unitscope.djl.DjlRuntime;
import org.unitscope.djl.ParameterDigest;

/** A VGG16 in native memory with its description (the weights' origin, hash and preprocessing). */
public final class Vgg16Model implements LoadedModel {
    /** How much of the computation a probe cuts away: nothing, the input outside the receptive fields, or also the cone. */
    public enum Cropping { NONE, INPUT, CONE }

    private final NDManager manager;
    private final Vgg16Network network;
    private final ModelDescription description;
    private final Preprocessing preprocessing;

    Vgg16Model(Vgg16Weights weights, int inputSize, Preprocessing preprocessing, String name) {
        this.manager = DjlRuntime.engine().newBaseManager();
        this.network = DjlRuntime.call(() -> Vgg16Network.withWeights(manager, weights));
        this.preprocessing = preprocessing;
        String sha = weights.sha256() != null ? weights.sha256()
                : DjlRuntime.call(() -> ParameterDigest.sha256(network.features()));
        Map<String, String> provenance = new LinkedHashMap<>(DjlRuntime.provenance());
        provenance.put("weightsFormat", weights.format());
        provenance.put("weightsPreprocessing", weights.preprocessing().text());
        provenance.put("topology", network.topology().describe());
        this.description = new ModelDescription(Vgg16Backend.ID, name, network.topology().inputChannels(), inputSize,
                preprocessing, network.topology().layers(inputSize), weights.source(), sha, provenance);
    }

    Vgg16Network network() {
        return network;
    }

    @Override
    public ModelDescription description() {
        return description;
    }

    @Override
    public Probe openProbe(List<String> layers, Readout readout) {
        return openProbe(layers, readout, Cropping.CONE);
    }

    /** A probe that crops only as far as {@code cropping} says (for benchmarks: the effect of each crop). */
    public Probe openProbe(List<String> layers, Readout readout, Cropping cropping) {
        return probe(layers, readout, cropping);
    }

    /** {@code crop = false}: always the whole image (for checking that cropping changes nothing). */
    Vgg16Probe openProbe(List<String> layers, Readout readout, boolean crop) {
        return probe(layers, readout, crop ? Cropping.CONE : Cropping.NONE);
    }

    Vgg16Probe probe(List<String> layers, Readout readout, Cropping cropping) {
        List<LayerInfo> chosen = new ArrayList<>();
        for (String l : layers) {
            chosen.add(description.layer(l).orElseThrow(() -> new IllegalArgumentException(
                    "vgg16 has no layer '" + l + "'; it has " + description.layerNames())));
        }
        int n = description.inputSize();
        CropPlan plan = cropping == Cropping.NONE ? CropPlan.full(chosen, n, readout) : CropPlan.of(chosen, n, readout);
        return new Vgg16Probe(network, manager, layers, plan, preprocessing, cropping == Cropping.CONE);
    }

    @Override
    public void close() {
        DjlRuntime.call(() -> {
            manager.close();
            return null;
        });
    }
}
