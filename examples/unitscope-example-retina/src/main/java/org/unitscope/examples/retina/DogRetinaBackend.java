package org.unitscope.examples.retina;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.unitscope.api.ExclusiveMin;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.model.LayerStack;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.spi.djl.model.DjlModelBackend;
import org.unitscope.spi.djl.model.DjlNetwork;

/**
 * Model backend 'dog-retina': a retina of difference-of-Gaussians ganglion cells, one DJL convolution with fixed
 * weights and a ReLU. Layer "ganglion" has two channels at every position: ON-centre (channel 0: a light spot on
 * its centre excites it) and OFF-centre (channel 1: the same kernel negated). Each kernel sums to zero, so a uniform
 * field, whatever its luminance, leaves every cell silent. Stimuli are centred on mean gray ({@link #PREPROCESSING}).
 * The SPI's {@link DjlModelBackend} starts the engine offline, hashes the weights, opens the probes and frees native
 * memory; this class only builds the block and describes its map: its geometry with a {@link LayerStack} (the
 * operations from the input, from which the map's side and the units' receptive field follow).
 */
@Component(service = ModelBackend.class)
@UnitscopeService(id = "dog-retina", version = "0.1.0", config = DogRetinaBackend.Config.class)
public class DogRetinaBackend extends DjlModelBackend {
    static final String LAYER = "ganglion";
    /** What the weights expect of stimuli in [0, 1]: x - 0.5, so mean gray is 0. */
    static final Preprocessing PREPROCESSING = Preprocessing.CENTRED;

    /** The parameters, declared once: names, types, defaults, limits and docs (what 'unitscope models' lists). */
    @ObjectClassDefinition(name = "Difference-of-Gaussians retina: ON- and OFF-centre ganglion cells")
    @interface Config {
        @AttributeDefinition(description = "input side in pixels (the map has the same side)", min = "3")
        int size() default 31;

        @AttributeDefinition(description = "sigma of the centre Gaussian, pixels", min = "0")
        @ExclusiveMin
        double centreSigma() default 1.5;

        @AttributeDefinition(description = "surround sigma / centre sigma", min = "1")
        @ExclusiveMin
        double surroundRatio() default 3.0;
    }

    /** Kernel side: +-3 surround sigmas. */
    static int kernel(Config c) {
        return 2 * (int) Math.ceil(3 * c.centreSigma() * c.surroundRatio()) + 1;
    }

    /** The layer's map and receptive field: one k x k convolution, stride 1, padded to keep the input's side. */
    static LayerStack geometry(Config c) {
        int k = kernel(c);
        return LayerStack.input(c.size()).conv(k, 1, k / 2);
    }

    @Override
    protected DjlNetwork build(Parameters p, NDManager manager) {
        Config c = p.as(Config.class);
        int k = kernel(c);
        Conv2d conv = Conv2d.builder().setKernelShape(new Shape(k, k)).setFilters(2).optBias(false)
                .optPadding(new Shape(k / 2, k / 2)).build();
        SequentialBlock block = new SequentialBlock().add(conv).add(Activation.reluBlock());
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, c.size(), c.size()));
        conv.getParameters().get("weight").getArray().set(kernels(k, c.centreSigma(), c.centreSigma() * c.surroundRatio()));
        block.freezeParameters(true);
        return network(block)
                .name("difference-of-Gaussians retina (centre sigma " + c.centreSigma() + " px, surround x" + c.surroundRatio() + ")")
                .input(1, c.size()).preprocessing(PREPROCESSING)
                .layer(geometry(c).layer(LAYER, 2))
                .weights("fixed")
                .groundTruth((layer, channel) -> Map.of("on_centre", channel == 0 ? 1.0 : 0.0, "centre_sigma", c.centreSigma()))
                .build();
    }

    /** ON kernel (normalised centre minus normalised surround) then the OFF kernel (its negative), k x k each. */
    static float[] kernels(int k, double centre, double surround) {
        double[] c = gaussian(k, centre);
        double[] s = gaussian(k, surround);
        float[] w = new float[2 * k * k];
        for (int i = 0; i < k * k; i++) {
            w[i] = (float) (c[i] - s[i]);
            w[k * k + i] = -w[i];
        }
        return w;
    }

    /** A k x k Gaussian that sums to 1. */
    static double[] gaussian(int k, double sigma) {
        double[] g = new double[k * k];
        double sum = 0;
        int r = k / 2;
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                g[y * k + x] = Math.exp(-((x - r) * (x - r) + (y - r) * (y - r)) / (2 * sigma * sigma));
                sum += g[y * k + x];
            }
        }
        for (int i = 0; i < g.length; i++) {
            g[i] /= sum;
        }
        return g;
    }
}
