package org.unitscope.examples.retina;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.model.RfGeometry;
import org.unitscope.spi.djl.model.DjlModelBackend;
import org.unitscope.spi.djl.model.DjlNetwork;

/**
 * Model backend 'dog-retina': a retina of difference-of-Gaussians ganglion cells, one DJL convolution with fixed
 * weights and a ReLU. Layer "ganglion" has two channels at every position: ON-centre (channel 0: a light spot on
 * its centre excites it) and OFF-centre (channel 1: the same kernel negated). Each kernel sums to zero, so a uniform
 * field, whatever its luminance, leaves every cell silent. Stimuli are centred on mean gray (x - 0.5).
 * The SPI's {@link DjlModelBackend} starts the engine offline, hashes the weights, opens the probes and frees native
 * memory; this class only builds the block and describes its map.
 */
@Component(service = ModelBackend.class)
public class DogRetinaBackend extends DjlModelBackend {
    static final String LAYER = "ganglion";
    static final ServiceInfo INFO = new ServiceInfo("dog-retina", "0.1.0",
            "Difference-of-Gaussians retina: ON- and OFF-centre ganglion cells", List.of(
                    ParameterSpec.integer("size", 31, "input side in pixels (the map has the same side)").atLeast(3),
                    ParameterSpec.real("centreSigma", 1.5, "sigma of the centre Gaussian, pixels").within(ParameterSpec.Range.above(0)),
                    ParameterSpec.real("surroundRatio", 3.0, "surround sigma / centre sigma").within(ParameterSpec.Range.above(1))));

    /** The parameters, read in one place. */
    record Settings(int size, double centreSigma, double surroundRatio) {
        static Settings from(Parameters p) {
            return new Settings(p.getPositiveInt("size"), p.getDouble("centreSigma"), p.getDouble("surroundRatio"));
        }

        /** Kernel side: +-3 surround sigmas. */
        int kernel() {
            return 2 * (int) Math.ceil(3 * centreSigma * surroundRatio) + 1;
        }
    }

    @Override
    public ServiceInfo info() {
        return INFO;
    }

    @Override
    protected DjlNetwork build(Parameters p, NDManager manager) {
        Settings s = Settings.from(p);
        int k = s.kernel();
        Conv2d conv = Conv2d.builder().setKernelShape(new Shape(k, k)).setFilters(2).optBias(false)
                .optPadding(new Shape(k / 2, k / 2)).build();
        SequentialBlock block = new SequentialBlock().add(conv).add(Activation.reluBlock());
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, s.size(), s.size()));
        conv.getParameters().get("weight").getArray().set(kernels(k, s.centreSigma(), s.centreSigma() * s.surroundRatio()));
        block.freezeParameters(true);
        return network(block)
                .name("difference-of-Gaussians retina (centre sigma " + s.centreSigma() + " px, surround x" + s.surroundRatio() + ")")
                .input(1, s.size()).preprocessing("centred")
                .layer(LAYER, 2, s.size(), RfGeometry.input().then(k, 1, k / 2))
                .weights("fixed")
                .groundTruth((layer, channel) -> Map.of("on_centre", channel == 0 ? 1.0 : 0.0, "centre_sigma", s.centreSigma()))
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
