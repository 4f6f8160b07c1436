package org.unitscope.model.torchscript.internal;

import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.RfGeometry;

/**
 * Reads the {@code rf} parameter: one "SIZE/JUMP/START" per layer (integers SIZE, JUMP >= 1, a real START: the input
 * coordinate of the centre of unit 0's receptive field, pixel centres at 0, 1, 2, ...), in the order of
 * {@code layers}. An empty list means "measure it".
 */
final class RfSpecs {
    private RfSpecs() {
    }

    static List<RfGeometry> parse(List<String> specs, List<String> layers) {
        if (specs.isEmpty()) {
            return List.of();
        }
        if (specs.size() != layers.size()) {
            throw new UnitscopeException(TorchScriptSettings.where("rf") + " has " + specs.size() + " entries for "
                    + layers.size() + " layers " + layers + "; give one SIZE/JUMP/START per layer, or none");
        }
        List<RfGeometry> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            out.add(one(specs.get(i), layers.get(i)));
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
}
