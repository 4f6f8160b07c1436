package org.unitscope.model.torchscript.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.Preprocessing;

/**
 * The backend's parameters, checked before any native code runs, so that a typo fails with a message naming the
 * parameter rather than as an engine error.
 *
 * @param rf one given geometry per layer, or empty when it is to be measured
 */
record TorchScriptSettings(Path file, List<String> layers, int inputSize, int inputChannels, Preprocessing preprocessing,
        List<RfSpecs.Given> rf) {

    TorchScriptSettings {
        layers = List.copyOf(layers);
        rf = List.copyOf(rf);
    }

    static TorchScriptSettings from(Parameters p) {
        TorchScriptBackend.Config c = p.as(TorchScriptBackend.Config.class);
        if (!p.isSet("file") || c.file().isBlank()) {
            throw new UnitscopeException(where("file") + " is required: the path of a TorchScript (.pt) file");
        }
        if (!p.isSet("layers") || c.layers().length == 0) {
            throw new UnitscopeException(where("layers") + " is required: the names of the maps the module's forward(x) "
                    + "returns, in their order");
        }
        Path file = Path.of(c.file());
        List<String> layers = List.of(c.layers());
        Set<String> seen = new HashSet<>();
        for (String l : layers) {
            if (l.isBlank() || !seen.add(l)) {
                throw new UnitscopeException(where("layers") + " must name each map once, with a non-blank name: " + layers);
            }
        }
        Preprocessing pre;
        try {
            pre = Preprocessing.parse(c.preprocessing());
        } catch (IllegalArgumentException e) {
            throw new UnitscopeException(where("preprocessing") + ": " + e.getMessage());
        }
        int channels = c.inputChannels();
        if (!pre.fits(channels)) {
            // e.g. caffe and torch are defined on RGB only; failing here beats failing in the first forward pass
            throw new UnitscopeException(where("preprocessing") + ": '" + pre.text() + "' needs " + pre.channels()
                    + (pre.channels() == 3 ? " (RGB)" : "") + " input channels, 'inputChannels' is " + channels);
        }
        int inputSize = c.inputSize();
        return new TorchScriptSettings(file, layers, inputSize, channels, pre, RfSpecs.parse(List.of(c.rf()), layers, inputSize));
    }

    static String where(String parameter) {
        return "parameter '" + parameter + "' of '" + TorchScriptBackend.ID + "'";
    }
}
