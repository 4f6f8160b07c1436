package org.unitscope.model.torchscript.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeService;
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
@UnitscopeService(id = TorchScriptBackend.ID, version = "1.0.0", config = TorchScriptBackend.Config.class)
public class TorchScriptBackend implements ModelBackend {
    static final String ID = "torchscript";

    @ObjectClassDefinition(name = "Any TorchScript module whose forward(x) returns one (n, C, H, W) feature map per probed layer")
    @interface Config {
        @AttributeDefinition(description = "path of the TorchScript (.pt) file (required)")
        String file();

        @AttributeDefinition(description = "names of the maps forward(x) returns, in their order (required)")
        String[] layers();

        @AttributeDefinition(description = "input side in pixels the maps and centre units refer to", min = "1")
        int inputSize() default 224;

        @AttributeDefinition(description = "input channels the module takes", min = "1")
        int inputChannels() default 3;

        @AttributeDefinition(description = "what the module's weights expect: none, centred, caffe, torch",
                options = {@Option(value = "none"), @Option(value = "centred"), @Option(value = "caffe"), @Option(value = "torch")})
        String preprocessing() default "none";

        @AttributeDefinition(description = "receptive field per layer as SIZE/JUMP/START (e.g. 5/1/0); empty = measured with impulses")
        String[] rf() default {};
    }

    @Override
    public LoadedModel load(Parameters p) {
        return TorchScriptModel.open(TorchScriptSettings.from(p));
    }
}
