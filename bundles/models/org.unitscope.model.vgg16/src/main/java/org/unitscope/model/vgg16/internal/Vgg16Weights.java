package org.unitscope.model.vgg16.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.Preprocessing;

/**
 * Convolution weights of a VGG16 by Keras layer name: kernels in PyTorch order (out, in, 3, 3), biases (out),
 * with where they came from, the format, the file's SHA-256 and the preprocessing they were trained with.
 */
public final class Vgg16Weights {
    /** One layer's tensors. */
    public record Tensors(float[] kernel, float[] bias, int out, int in) {
    }

    private final Map<String, Tensors> layers = new LinkedHashMap<>();
    private final String source;
    private final String format;
    private final String sha256;
    private final Preprocessing preprocessing;
    private int inputSize;

    public Vgg16Weights(String source, String format, String sha256, Preprocessing preprocessing) {
        this.source = source;
        this.format = format;
        this.sha256 = sha256;
        this.preprocessing = preprocessing;
    }

    /** Input side the weights were trained at, if the file says (0 = unknown: the ImageNet 224). */
    public int inputSize() {
        return inputSize;
    }

    void declareInputSize(int side) {
        this.inputSize = side;
    }

    public void put(String layer, Tensors t) {
        layers.put(layer, t);
    }

    public Tensors get(String layer) {
        return layers.get(layer);
    }

    public Map<String, Tensors> layers() {
        return layers;
    }

    public String source() {
        return source;
    }

    public String format() {
        return format;
    }

    public String sha256() {
        return sha256;
    }

    public Preprocessing preprocessing() {
        return preprocessing;
    }

    /** The topology these weights imply (input channels and block widths), after checking it is a VGG16. */
    public Vgg16Topology topology() {
        Tensors first = layers.get("block1_conv1");
        if (first == null) {
            throw new UnitscopeException(source + ": no tensor for block1_conv1 (is this a VGG16 weight file?)");
        }
        int[] widths = new int[5];
        for (int b = 0; b < 5; b++) {
            Tensors t = layers.get("block" + (b + 1) + "_conv1");
            if (t == null) {
                throw new UnitscopeException(source + ": missing tensor block" + (b + 1) + "_conv1/kernel");
            }
            widths[b] = t.out();
        }
        Vgg16Topology topology = new Vgg16Topology(first.in(), widths);
        check(topology);
        return topology;
    }

    /** Every conv layer present with the expected shapes and finite values; messages name file, tensor and shape. */
    void check(Vgg16Topology topology) {
        for (Vgg16Topology.Conv c : topology.convs()) {
            Tensors t = layers.get(c.name());
            String expected = "(" + c.out() + ", " + c.in() + ", 3, 3)";
            if (t == null) {
                throw new UnitscopeException(source + ": missing tensor " + c.name() + "/kernel, expected shape " + expected);
            }
            if (t.out() != c.out() || t.in() != c.in() || t.kernel().length != c.out() * c.in() * 9) {
                throw new UnitscopeException(source + ": tensor " + c.name() + "/kernel has shape (" + t.out() + ", " + t.in()
                        + ", 3, 3), expected " + expected);
            }
            if (t.bias().length != c.out()) {
                throw new UnitscopeException(source + ": tensor " + c.name() + "/bias has " + t.bias().length
                        + " values, expected shape (" + c.out() + ")");
            }
            finite(c.name() + "/kernel", t.kernel());
            finite(c.name() + "/bias", t.bias());
        }
    }

    private void finite(String tensor, float[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new UnitscopeException(source + ": tensor " + tensor + " has a non-finite value (" + values[i] + ") at index " + i);
            }
        }
    }
}
