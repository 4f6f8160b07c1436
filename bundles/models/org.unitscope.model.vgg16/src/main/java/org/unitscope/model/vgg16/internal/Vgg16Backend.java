package org.unitscope.model.vgg16.internal;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.model.Preprocessing;

/**
 * VGG16 as a model service. Weights: a file the researcher has (Keras HDF5, TorchScript of torchvision's VGG16,
 * or DJL parameters; recognised by content), or "untrained" (He-normal from the seed) — the name says so in
 * every output. Nothing is ever downloaded.
 */
@Component(service = ModelBackend.class)
@UnitscopeService(id = Vgg16Backend.ID, version = "1.0.0", config = Vgg16Backend.Config.class)
public class Vgg16Backend implements ModelBackend {
    static final String ID = "vgg16";
    static final String UNTRAINED = "untrained";

    @ObjectClassDefinition(name = "VGG16 (13 conv layers, Keras names): weights from a Keras .h5, TorchScript .pt or DJL .params"
            + " file, or untrained")
    @interface Config {
        @AttributeDefinition(description = "weight file path, or 'untrained' (He-normal init from 'seed')")
        String weights() default UNTRAINED;

        @AttributeDefinition(description = "seed of the untrained network's initialisation")
        int seed() default 0;

        @AttributeDefinition(description = "input side in pixels the maps and centre units refer to (0 = what the weights say,"
                + " else 224)", min = "0")
        int inputSize() default 0;

        @AttributeDefinition(description = "auto (what the weights declare: caffe for Keras, torch for torchvision/untrained),"
                + " none, centred, caffe, torch", options = {@Option(value = "auto"), @Option(value = "none"),
                    @Option(value = "centred"), @Option(value = "caffe"), @Option(value = "torch")})
        String preprocessing() default "auto";

        @AttributeDefinition(description = "input channels of the untrained network (weight files say their own)", min = "1")
        int inputChannels() default 3;

        @AttributeDefinition(description = "channels of the 5 blocks of the untrained network (weight files say their own)",
                min = "1")
        double[] widths() default {64.0, 128.0, 256.0, 512.0, 512.0};
    }

    /** VGG16 halves its maps five times: an input below 32 px leaves block5 with no map. */
    static final int MIN_INPUT = 32;
    /** The largest side whose 3-channel image fits in a Java array (3 x 26,754^2 < 2^31 - 8). */
    static final int MAX_INPUT = 26_754;
    /** The widest block whose 3x3 kernels (9 x width^2 floats) fit in a Java array. */
    static final int MAX_WIDTH = 15_446;

    @Override
    public void validate(Parameters p) {
        Config c = p.as(Config.class);
        int inputSize = c.inputSize();
        // a negative size was once taken as "what the weights say" (224) while the manifest recorded it as given
        if (inputSize < 0 || inputSize > 0 && inputSize < MIN_INPUT || inputSize > MAX_INPUT) {
            throw new UnitscopeException("parameter 'inputSize' of 'vgg16' is " + inputSize
                    + "; allowed: 0 (what the weights say, else 224) or " + MIN_INPUT + " to " + MAX_INPUT + " px");
        }
        if (c.widths().length != 5) {
            throw new UnitscopeException("parameter 'widths' of 'vgg16' has " + c.widths().length
                    + " values; allowed: one width per block, 5 values");
        }
        for (double w : c.widths()) {
            if (w != Math.rint(w) || w < 1 || w > MAX_WIDTH) {
                throw new UnitscopeException("parameter 'widths' of 'vgg16' has " + w + "; allowed: whole numbers from 1 to " + MAX_WIDTH);
            }
        }
    }

    /** The distribution folder (framework property "unitscope.home"), where relative weight paths are also looked up. */
    private volatile String home = System.getProperty("unitscope.home");

    @Activate
    void activate(BundleContext context) {
        String h = context.getProperty("unitscope.home");
        if (h != null) {
            home = h;
        }
    }

    /** A relative path is looked up in the working directory, then in the distribution (e.g. "models/..."). */
    Path resolve(String path) {
        Path p = Path.of(path);
        if (!p.isAbsolute() && !java.nio.file.Files.exists(p) && home != null && java.nio.file.Files.exists(Path.of(home).resolve(p))) {
            return Path.of(home).resolve(p);
        }
        return p;
    }

    @Override
    public LoadedModel load(Parameters p) {
        Config c = p.as(Config.class);
        String weightsParam = c.weights();
        Vgg16Weights weights;
        String name;
        if (UNTRAINED.equals(weightsParam)) {
            double[] w = c.widths();
            int[] widths = new int[w.length];
            for (int i = 0; i < w.length; i++) {
                widths[i] = (int) w[i];
            }
            weights = HeInitialization.weights(new Vgg16Topology(c.inputChannels(), widths), c.seed());
            name = "VGG16, untrained (He-normal, seed " + c.seed() + ")";
        } else {
            weights = WeightFiles.load(resolve(weightsParam));
            name = "VGG16, weights " + Path.of(weightsParam).getFileName() + " (" + weights.format() + ")";
        }
        String pre = c.preprocessing();
        Preprocessing preprocessing;
        try {
            preprocessing = "auto".equals(pre) ? weights.preprocessing() : Preprocessing.parse(pre);
        } catch (IllegalArgumentException e) {
            throw new UnitscopeException("vgg16: " + e.getMessage());
        }
        int inputSize = c.inputSize() > 0 ? c.inputSize() : weights.inputSize() > 0 ? weights.inputSize() : 224;
        return new Vgg16Model(weights, inputSize, preprocessing, name);
    }
}
