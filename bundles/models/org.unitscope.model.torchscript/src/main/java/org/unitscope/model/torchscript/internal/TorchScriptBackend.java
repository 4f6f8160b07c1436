package org.unitscope.model.torchscript.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelBackend;

/**
 * Any network as a model service, given as a TorchScript file plus the names of the layers to probe.
 *
 * <p><b>Contract.</b> The module's {@code forward(x)} takes a float tensor {@code (n, C, H, W)} with
 * {@code C = inputChannels} and {@code H = W = inputSize} (after the chosen preprocessing) and returns a tuple or
 * list of feature maps {@code (n, C_l, H_l, W_l)} with {@code H_l = W_l}, one per probed layer, in the order of the
 * {@code layers} parameter (a single tensor is accepted when one layer is named). A researcher wraps a network in a
 * few lines of Python to do this (see the bundle's README.md).
 *
 * <p><b>What is derived.</b> Channel counts and map sides come from one forward pass of a zero input. The
 * receptive-field geometry of each layer is either given ({@code rf}, "SIZE/JUMP/START" per layer) or measured
 * with impulses ({@link ImpulseGeometry}). The model hash is the SHA-256 of the file, its source the path.
 * Probes always run the whole module on the whole input: nothing is known about the network that would make a
 * crop safe.
 */
@Component(service = ModelBackend.class)
public class TorchScriptBackend implements ModelBackend {
    static final String ID = "torchscript";

    static final ServiceInfo INFO = new ServiceInfo(ID, "1.0.0",
            "Any TorchScript module whose forward(x) returns one (n, C, H, W) feature map per probed layer",
            List.of(
                    new ParameterSpec("file", ParameterSpec.Type.STRING, null, "path of the TorchScript (.pt) file (required)"),
                    new ParameterSpec("layers", ParameterSpec.Type.STRING_LIST, null,
                            "names of the maps forward(x) returns, in their order (required)"),
                    ParameterSpec.integer("inputSize", 224, "input side in pixels the maps and centre units refer to").atLeast(1),
                    ParameterSpec.integer("inputChannels", 3, "input channels the module takes").atLeast(1),
                    ParameterSpec.text("preprocessing", "none", "what the module's weights expect: none, centred, caffe, torch")
                            .oneOf("none", "centred", "caffe", "torch"),
                    ParameterSpec.texts("rf", List.of(),
                            "receptive field per layer as SIZE/JUMP/START (e.g. 5/1/0); empty = measured with impulses")));

    @Override
    public ServiceInfo info() {
        return INFO;
    }

    @Override
    public LoadedModel load(Parameters p) {
        return TorchScriptModel.open(TorchScriptSettings.from(p));
    }
}
