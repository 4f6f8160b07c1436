package org.unitscope.model.torchscript.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.Parameters;
import org.unitscope.api.model.LoadedModel;

/** Loads the fixture networks through the backend, the way a run does (parameters checked by the API). */
final class TinyNets {
    static final List<String> LAYERS = List.of("conv1", "conv2", "conv3");
    static final TorchScriptBackend BACKEND = new TorchScriptBackend();

    private TinyNets() {
    }

    /** tinynet.pt with its three layers, one input channel, side 32, plus {@code extra} parameters. */
    static Map<String, Object> tinynet(Object... extra) {
        Map<String, Object> p = new HashMap<>(Map.of("file", NpzFixture.fixture("tinynet.pt").toString(), "layers", LAYERS,
                "inputSize", 32, "inputChannels", 1));
        for (int i = 0; i < extra.length; i += 2) {
            p.put((String) extra[i], extra[i + 1]);
        }
        return p;
    }

    static LoadedModel load(Map<String, ?> raw) {
        return BACKEND.load(Parameters.resolve(BACKEND.info(), raw));
    }
}
