package org.unitscope.model.vgg16.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.model.LayerOp;
import org.unitscope.api.model.Preprocessing;

/**
 * VGG16's convolutions as DJL blocks (one {@link Conv2d} per Keras layer). Probes run them one by one so they
 * can read any layer and stop after the deepest one needed; {@link #features()} strings the same blocks into
 * one {@link SequentialBlock} (conv, ReLU, ..., max-pool) for training and for DJL's parameter files.
 */
public final class Vgg16Network {
    private final Vgg16Topology topology;
    private final List<Conv2d> convs = new ArrayList<>();

    Vgg16Network(Vgg16Topology topology) {
        this.topology = topology;
        for (Vgg16Topology.Conv c : topology.convs()) {
            convs.add(Conv2d.builder().setKernelShape(square(Vgg16Topology.CONV.kernel())).optStride(square(Vgg16Topology.CONV.stride()))
                    .setFilters(c.out()).optPadding(square(Vgg16Topology.CONV.padding())).build());
        }
    }

    static Shape square(int side) {
        return new Shape(side, side);
    }

    /** The max-pool after a block, as a block (for {@link #features()}). */
    static Block poolBlock() {
        LayerOp p = Vgg16Topology.POOL;
        return Pool.maxPool2dBlock(square(p.kernel()), square(p.stride()), square(p.padding()));
    }

    /** Convolution {@code i} and its ReLU on the held window {@code x}, cut, padded and kept as the cone says. */
    NDArray conv(int i, NDArray x, AxisCut rows, AxisCut cols) {
        Block conv = convs.get(i);
        NDArray y = Conv2d.conv2d(cut(x, rows, cols), conv.getParameters().get("weight").getArray(),
                conv.getParameters().get("bias").getArray(), square(Vgg16Topology.CONV.stride()),
                new Shape(rows.pad(), cols.pad())).singletonOrThrow();
        return Activation.relu(keep(y, rows, cols, Vgg16Topology.CONV));
    }

    /** The max-pool after a block on the held window {@code x}, likewise. */
    static NDArray pool(NDArray x, AxisCut rows, AxisCut cols) {
        LayerOp p = Vgg16Topology.POOL;
        NDArray y = Pool.maxPool2d(cut(x, rows, cols), square(p.kernel()), square(p.stride()), new Shape(rows.pad(), cols.pad()), false);
        return keep(y, rows, cols, p);
    }

    /** The part of the held window an operation reads (the window itself where it reads all of it). */
    private static NDArray cut(NDArray x, AxisCut rows, AxisCut cols) {
        Shape s = x.getShape();
        if (!rows.cutsInput((int) s.get(2)) && !cols.cutsInput((int) s.get(3))) {
            return x;
        }
        return x.get(new NDIndex(":, :, {}:{}, {}:{}", rows.cutFrom(), rows.cutFrom() + rows.cutLength(), cols.cutFrom(),
                cols.cutFrom() + cols.cutLength()));
    }

    /** The outputs the cone keeps (all of them unless padding on one side added some the full map has not there). */
    private static NDArray keep(NDArray y, AxisCut rows, AxisCut cols, LayerOp op) {
        if (!rows.cutsOutput(op) && !cols.cutsOutput(op)) {
            return y;
        }
        return y.get(new NDIndex(":, :, {}:{}, {}:{}", rows.keepFrom(), rows.keepFrom() + rows.keepLength(), cols.keepFrom(),
                cols.keepFrom() + cols.keepLength()));
    }

    /** A network with freshly initialised parameters (DJL's initializer; for training). */
    public static Vgg16Network create(Vgg16Topology topology) {
        return new Vgg16Network(topology);
    }

    /** Allocates the parameters in {@code manager} and copies the weights in. */
    static Vgg16Network withWeights(NDManager manager, Vgg16Weights weights) {
        Vgg16Topology topology = weights.topology();
        Vgg16Network net = new Vgg16Network(topology);
        for (int i = 0; i < net.convs.size(); i++) {
            Vgg16Topology.Conv c = topology.convs().get(i);
            Conv2d conv = net.convs.get(i);
            conv.initialize(manager, DataType.FLOAT32, new Shape(1, c.in(), 8, 8));
            Vgg16Weights.Tensors t = weights.get(c.name());
            conv.getParameters().get("weight").getArray().set(t.kernel());
            conv.getParameters().get("bias").getArray().set(t.bias());
            // probing never needs gradients: without this PyTorch records an autograd graph on every forward pass
            conv.freezeParameters(true);
        }
        return net;
    }

    public Vgg16Topology topology() {
        return topology;
    }

    public List<Conv2d> convs() {
        return convs;
    }

    /** conv, ReLU, ..., 2x2 max-pool after each block: the whole convolutional part as one block. */
    public SequentialBlock features() {
        SequentialBlock seq = new SequentialBlock();
        for (int i = 0; i < convs.size(); i++) {
            seq.add(convs.get(i)).add(Activation::relu);
            if (topology.convs().get(i).poolAfter()) {
                seq.add(poolBlock());
            }
        }
        return seq;
    }

    /** The weights currently in the blocks (after training, or to save them). */
    public Vgg16Weights weights(String source, String format, Preprocessing preprocessing) {
        Vgg16Weights w = new Vgg16Weights(source, format, null, preprocessing);
        for (int i = 0; i < convs.size(); i++) {
            Vgg16Topology.Conv c = topology.convs().get(i);
            Block conv = convs.get(i);
            w.put(c.name(), new Vgg16Weights.Tensors(conv.getParameters().get("weight").getArray().toFloatArray(),
                    conv.getParameters().get("bias").getArray().toFloatArray(), c.out(), c.in()));
        }
        return w;
    }
}
