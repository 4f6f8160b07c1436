package org.unitscope.model.torchscript.internal;

import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.LayerStack;
import org.unitscope.api.model.RfGeometry;

/**
 * Reads the {@code rf} parameter, one entry per layer in the order of {@code layers}: either the geometry itself,
 * "SIZE/JUMP/START" (integers SIZE, JUMP >= 1, a real START: the input coordinate of the centre of unit 0's receptive
 * field, pixel centres at 0, 1, 2, ...), or the layer's path from the input as spatial operations, e.g.
 * "k5p2 > k2s2 > k3p1" (kernel, stride, padding; {@link LayerStack}), from which the geometry and the map side follow.
 * An empty list means "measure it".
 */
final class RfSpecs {
    /** One layer's given geometry; {@code mapSize} is what the path of operations implies, 0 for "SIZE/JUMP/START". */
    record Given(String spec, RfGeometry rf, int mapSize) {
    }

    private RfSpecs() {
    }

    static List<Given> parse(List<String> specs, List<String> layers, int inputSize) {
        if (specs.isEmpty()) {
            return List.of();
        }
        if (specs.size() != layers.size()) {
            throw new UnitscopeException(TorchScriptSettings.where("rf") + " has " + specs.size() + " entries for "
                    + layers.size() + " layers " + layers + "; give one SIZE/JUMP/START per layer, or none");
        }
        List<Given> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String spec = specs.get(i).trim();
            out.add(spec.toLowerCase(java.util.Locale.ROOT).startsWith("k") ? path(spec, layers.get(i), inputSize)
                    : new Given(spec, one(spec, layers.get(i)), 0));
        }
        return out;
    }

    static RfGeometry one(String spec, String layer) {
        String[] parts = spec.trim().split("/", -1);
        try {
            if (parts.length == 3) {
                double start = Double.parseDouble(parts[2].trim());
                if (Double.isFinite(start)) {
                    return new RfGeometry(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()), start);
                }
            }
        } catch (IllegalArgumentException e) {
            // NumberFormatException, or RfGeometry's size/jump < 1: both reported below
        }
        throw new UnitscopeException(TorchScriptSettings.where("rf") + ": '" + spec + "' for layer '" + layer
                + "' is not SIZE/JUMP/START with integers SIZE, JUMP >= 1 and a number START (e.g. 5/1/0)");
    }

    private static Given path(String spec, String layer, int inputSize) {
        try {
            LayerStack stack = LayerStack.input(inputSize).then(spec);
            return new Given(spec, stack.rf(), stack.layer(layer, 1).mapSize());
        } catch (IllegalArgumentException e) {
            throw new UnitscopeException(TorchScriptSettings.where("rf") + ": '" + spec + "' for layer '" + layer
                    + "' is not a path of layers from the input such as k5p2 > k2s2 > k3p1: " + e.getMessage(), e);
        }
    }
}
