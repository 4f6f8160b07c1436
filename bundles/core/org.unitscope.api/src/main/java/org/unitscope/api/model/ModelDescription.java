package org.unitscope.api.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded network: input format, the preprocessing its weights expect, its layers, and where its weights
 * came from ({@code weightsSource}, e.g. a file, "untrained" or "fixed") with their SHA-256.
 */
public record ModelDescription(String id, String name, int inputChannels, int inputSize, String preprocessing,
        List<LayerInfo> layers, String weightsSource, String weightsSha256, Map<String, String> provenance) {

    public ModelDescription {
        layers = List.copyOf(layers);
        provenance = Map.copyOf(provenance);
    }

    public Optional<LayerInfo> layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    public List<String> layerNames() {
        return layers.stream().map(LayerInfo::name).toList();
    }
}
