package org.unitscope.model.synthetic.internal;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import java.util.List;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import java.io.IOException;
import java.nio.file.Path;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.LayerOp;
import org.unitscope.math.images.IdxFile;

/**
 * Ground truth for category selectivity: one template-matching unit per category, a Gaussian tuning around
 * the mean training image of the category, r_c = exp(-||x - mu_c||^2 / (2 sigma2)), plus one unit with constant
 * output. Unit c must come out most selective for category c, the constant unit unselective. (A plain linear
 * template mu_c . x does not do this on Fashion-MNIST: coats out-score shirts on the shirt template, sneakers
 * sandals, because brighter and larger items match any template more.) Built from ordinary DJL layers:
 * ||x - mu||^2 = ||x||^2 - 2 mu . x + ||mu||^2 is two convolutions (kernels 2 mu_c with bias -||mu_c||^2, and ones over
 * x^2) whose kernels cover the whole input, so the centre unit sees the whole image.
 */
final class TemplateNetwork {
    static final String LAYER = "template";
    private final int size;
    private final int classes;
    private final float[] kernels;
    private final float[] biases;
    private final double sigma2;

    private TemplateNetwork(int size, int classes, float[] kernels, float[] biases, double sigma2) {
        this.size = size;
        this.classes = classes;
        this.kernels = kernels;
        this.biases = biases;
        this.sigma2 = sigma2;
    }

    static TemplateNetwork fromIdx(Path images, Path labels, int size, int limit, double sigma2) {
        try {
            IdxFile img = IdxFile.read(images);
            IdxFile lab = IdxFile.read(labels);
            int n = limit > 0 ? Math.min(limit, img.count()) : img.count();
            int plane = size * size;
            int classes = 0;
            for (int i = 0; i < n; i++) {
                classes = Math.max(classes, lab.value(i) + 1);
            }
            double[][] sums = new double[classes][plane];
            int[] counts = new int[classes];
            float[] x = new float[plane];
            for (int i = 0; i < n; i++) {
                img.image(i, size, x, 0);
                int c = lab.value(i);
                counts[c]++;
                for (int p = 0; p < plane; p++) {
                    sums[c][p] += x[p];
                }
            }
            float[] kernels = new float[classes * plane];
            float[] biases = new float[classes];
            for (int c = 0; c < classes; c++) {
                double squared = 0;
                for (int p = 0; p < plane; p++) {
                    double mu = sums[c][p] / Math.max(1, counts[c]);
                    kernels[c * plane + p] = (float) (2 * mu);
                    squared += mu * mu;
                }
                biases[c] = (float) -squared;
            }
            return new TemplateNetwork(size, classes, kernels, biases, sigma2);
        } catch (IOException e) {
            throw new UnitscopeException("cannot build templates: " + e.getMessage(), e);
        }
    }

    int units() {
        return classes + 1;
    }

    int classes() {
        return classes;
    }

    Block build(NDManager manager) {
        Conv2d match = conv(classes, true);
        Conv2d energy = conv(1, false);
        SequentialBlock squares = new SequentialBlock().add(new LambdaBlock(l -> new NDList(l.singletonOrThrow().square()))).add(energy);
        float scale = (float) (1.0 / (2 * sigma2));
        ParallelBlock net = new ParallelBlock(branches -> {
            NDArray cross = branches.get(0).singletonOrThrow();
            NDArray norm = branches.get(1).singletonOrThrow();
            NDArray tuned = cross.sub(norm).mul(scale).exp();   // exp(-(||x||^2 - 2 mu.x + ||mu||^2) / (2 sigma2))
            return new NDList(tuned.concat(norm.onesLike(), 1)); // last channel: the constant unit
        }, List.of(match, squares));
        net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, size, size));
        match.getParameters().get("weight").getArray().set(kernels);
        match.getParameters().get("bias").getArray().set(biases);
        float[] ones = new float[size * size];
        java.util.Arrays.fill(ones, 1f);
        energy.getParameters().get("weight").getArray().set(ones);
        net.freezeParameters(true);
        return net;
    }

    /** The one spatial operation: kernels over the whole input, padded so the map keeps its size (conv and geometry). */
    LayerOp kernel() {
        return new LayerOp(size, 1, size / 2);
    }

    private Conv2d conv(int filters, boolean bias) {
        LayerOp k = kernel();
        return Conv2d.builder().setKernelShape(new Shape(k.kernel(), k.kernel())).optStride(new Shape(k.stride(), k.stride()))
                .setFilters(filters).optBias(bias).optPadding(new Shape(k.padding(), k.padding())).build();
    }
}
