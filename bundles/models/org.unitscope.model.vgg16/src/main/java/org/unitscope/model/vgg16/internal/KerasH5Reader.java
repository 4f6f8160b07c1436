package org.unitscope.model.vgg16.internal;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.Arrays;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.Preprocessing;

/**
 * Keras HDF5 weights, two layouts:
 * <ul>
 * <li>legacy {@code save_weights} (as in {@code vgg16_weights_tf_dim_ordering_tf_kernels[_notop].h5}): root
 * attribute {@code layer_names}, a group per layer whose attribute {@code weight_names} gives the dataset paths
 * (kernel then bias) relative to the group; also under {@code /model_weights} of a whole-model file;</li>
 * <li>Keras 3 {@code .weights.h5}: {@code /layers/KEY/vars/0} (kernel) and {@code /vars/1} (bias), where Keras 3
 * keys layers by class and counter ({@code conv2d}, {@code conv2d_1}, ... {@code conv2d_12}, in model order) or,
 * in files written by name, by the layer name itself.</li>
 * </ul>
 * Kernels are H x W x in x out; they are transposed to PyTorch's out x in x H x W (both are cross-correlations,
 * so no flip). Keras' VGG16 expects "caffe" preprocessing.
 */
final class KerasH5Reader {
    private KerasH5Reader() {
    }

    static Vgg16Weights read(Path file, String sha256) {
        try (HdfFile h5 = new HdfFile(file)) {
            Group root = h5;
            if (!root.getAttributes().containsKey("layer_names") && root.getChild("model_weights") instanceof Group) {
                root = (Group) root.getChild("model_weights");
            }
            if (root.getAttributes().containsKey("layer_names")) {
                return legacy(file, sha256, root);
            }
            if (root.getChild("layers") instanceof Group) {
                return keras3(file, sha256, (Group) root.getChild("layers"));
            }
            throw new UnitscopeException(file + ": an HDF5 file, but not Keras weights (no 'layer_names' attribute, no 'layers' group)");
        } catch (UnitscopeException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnitscopeException(file + ": not a readable HDF5 file (truncated or corrupt?): " + e.getMessage(), e);
        }
    }

    private static Vgg16Weights legacy(Path file, String sha256, Group root) {
        Vgg16Weights w = new Vgg16Weights(file.toString(), "keras-h5", sha256, Preprocessing.CAFFE);
        for (Vgg16Topology.Conv c : Vgg16Topology.standard(3).convs()) {
            Node layer = root.getChild(c.name());
            if (!(layer instanceof Group)) {
                throw new UnitscopeException(file + ": missing layer group '" + c.name() + "' (kernel and bias)");
            }
            Attribute names = layer.getAttribute("weight_names");
            String[] weightNames = names == null ? new String[0] : strings(names.getData());
            String kernel = Arrays.stream(weightNames).filter(n -> n.contains("kernel") || n.contains("_W")).findFirst()
                    .orElse(weightNames.length > 0 ? weightNames[0] : null);
            String bias = Arrays.stream(weightNames).filter(n -> n.contains("bias") || n.contains("_b")).findFirst()
                    .orElse(weightNames.length > 1 ? weightNames[1] : null);
            if (kernel == null || bias == null) {
                throw new UnitscopeException(file + ": layer '" + c.name() + "' lists no kernel and bias in 'weight_names'");
            }
            w.put(c.name(), tensors(file, c.name(), dataset(file, (Group) layer, kernel, c.name() + "/kernel"),
                    dataset(file, (Group) layer, bias, c.name() + "/bias")));
        }
        return w;
    }

    private static Vgg16Weights keras3(Path file, String sha256, Group layers) {
        Vgg16Weights w = new Vgg16Weights(file.toString(), "keras3-weights-h5", sha256, Preprocessing.CAFFE);
        for (Vgg16Topology.Conv c : Vgg16Topology.standard(3).convs()) {
            Node layer = layers.getChild(c.name());
            if (layer == null) {
                layer = layers.getChild(c.index() == 0 ? "conv2d" : "conv2d_" + c.index());
            }
            Node vars = layer instanceof Group ? ((Group) layer).getChild("vars") : null;
            if (!(vars instanceof Group)) {
                throw new UnitscopeException(file + ": missing layers/" + c.name() + "/vars or layers/"
                        + (c.index() == 0 ? "conv2d" : "conv2d_" + c.index()) + "/vars (kernel and bias of " + c.name() + ")");
            }
            w.put(c.name(), tensors(file, c.name(), dataset(file, (Group) vars, "0", c.name() + "/kernel"),
                    dataset(file, (Group) vars, "1", c.name() + "/bias")));
        }
        return w;
    }

    private static Dataset dataset(Path file, Group group, String path, String tensor) {
        Node n = group;
        for (String part : path.split("/")) {
            n = n instanceof Group ? ((Group) n).getChild(part) : null;
        }
        if (!(n instanceof Dataset)) {
            throw new UnitscopeException(file + ": missing tensor " + tensor + " (expected dataset '" + group.getPath() + path + "')");
        }
        return (Dataset) n;
    }

    private static Vgg16Weights.Tensors tensors(Path file, String layer, Dataset kernel, Dataset bias) {
        int[] k = kernel.getDimensions();
        if (k.length != 4 || k[0] != 3 || k[1] != 3) {
            throw new UnitscopeException(file + ": tensor " + layer + "/kernel has shape " + Arrays.toString(k)
                    + ", expected (3, 3, in, out)");
        }
        int in = k[2];
        int out = k[3];
        float[] hwio = floats(kernel.getDataFlat());
        float[] oihw = new float[hwio.length];
        for (int h = 0; h < 3; h++) {
            for (int x = 0; x < 3; x++) {
                for (int i = 0; i < in; i++) {
                    for (int o = 0; o < out; o++) {
                        oihw[((o * in + i) * 3 + h) * 3 + x] = hwio[((h * 3 + x) * in + i) * out + o];
                    }
                }
            }
        }
        return new Vgg16Weights.Tensors(oihw, floats(bias.getDataFlat()), out, in);
    }

    private static float[] floats(Object data) {
        if (data instanceof float[]) {
            return (float[]) data;
        }
        if (data instanceof double[]) {
            double[] d = (double[]) data;
            float[] f = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                f[i] = (float) d[i];
            }
            return f;
        }
        throw new UnitscopeException("weights must be float32 or float64, not " + (data == null ? "null" : data.getClass().getSimpleName()));
    }

    private static String[] strings(Object data) {
        if (data instanceof String[]) {
            return (String[]) data;
        }
        if (data instanceof String) {
            return new String[] {(String) data};
        }
        if (data instanceof Object[]) {
            return Arrays.stream((Object[]) data).map(String::valueOf).toArray(String[]::new);
        }
        return new String[0];
    }
}
