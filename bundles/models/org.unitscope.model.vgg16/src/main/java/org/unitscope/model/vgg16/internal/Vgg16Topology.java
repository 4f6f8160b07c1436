package org.unitscope.model.vgg16.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LayerOp;
import org.unitscope.api.model.LayerStack;

/**
 * VGG16's convolutional part: 13 convolutions 3x3 / stride 1 / padding 1 with ReLU, in blocks of 2, 2, 3, 3, 3,
 * each block followed by a 2x2 max-pool of stride 2. Layers carry Keras' names (block1_conv1 ... block5_conv3).
 * Widths may be reduced (the reference network, fixtures). Receptive-field geometry is composed from these
 * layers, never typed in.
 */
public final class Vgg16Topology {
    static final int[] CONVS_PER_BLOCK = {2, 2, 3, 3, 3};
    /** Every convolution: the DJL blocks are built from it and the geometry is declared from it. */
    public static final LayerOp CONV = new LayerOp(3, 1, 1);
    /** The max-pool after each block, likewise. */
    public static final LayerOp POOL = new LayerOp(2, 2, 0);
    public static final List<Integer> STANDARD_WIDTHS = List.of(64, 128, 256, 512, 512);

    /** One convolution: its Keras name, channels in and out, and whether a pool follows it. */
    public record Conv(String name, int index, int block, int in, int out, boolean poolAfter) {
    }

    private final int inputChannels;
    private final int[] widths;
    private final List<Conv> convs;

    public Vgg16Topology(int inputChannels, int[] widths) {
        if (widths.length != 5) {
            throw new IllegalArgumentException("VGG16 has 5 blocks; widths must have 5 values, not " + widths.length);
        }
        if (inputChannels < 1) {
            throw new IllegalArgumentException("input channels must be >= 1");
        }
        this.inputChannels = inputChannels;
        this.widths = widths.clone();
        List<Conv> list = new ArrayList<>();
        int in = inputChannels;
        for (int b = 0; b < 5; b++) {
            for (int c = 0; c < CONVS_PER_BLOCK[b]; c++) {
                if (widths[b] < 1) {
                    throw new IllegalArgumentException("widths must be >= 1");
                }
                list.add(new Conv("block" + (b + 1) + "_conv" + (c + 1), list.size(), b, in, widths[b], c == CONVS_PER_BLOCK[b] - 1));
                in = widths[b];
            }
        }
        this.convs = Collections.unmodifiableList(list);
    }

    public static Vgg16Topology standard(int inputChannels) {
        return new Vgg16Topology(inputChannels, STANDARD_WIDTHS.stream().mapToInt(Integer::intValue).toArray());
    }

    public int inputChannels() {
        return inputChannels;
    }

    public int[] widths() {
        return widths.clone();
    }

    public List<Conv> convs() {
        return convs;
    }

    public Conv conv(String name) {
        return convs.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("VGG16 has no layer '" + name + "'; it has "
                        + convs.stream().map(Conv::name).toList()));
    }

    /** The spatial operations in order ({@link #CONV}, {@link #CONV}, {@link #POOL}, ...): what the cone is cut by. */
    public List<LayerOp> ops() {
        List<LayerOp> ops = new ArrayList<>();
        for (Conv c : convs) {
            ops.add(CONV);
            if (c.poolAfter()) {
                ops.add(POOL);
            }
        }
        return ops;
    }

    /** The stage of {@code c}'s map in {@link #ops()}: the number of operations up to and including it. */
    public int stage(Conv c) {
        return c.index() + c.block() + 1;
    }

    /**
     * Layers with channels, feature-map side and receptive-field geometry for an input of side {@code inputSize}:
     * the architecture declared once, as {@link #CONV}s and {@link #POOL}s on a {@link LayerStack}.
     */
    public List<LayerInfo> layers(int inputSize) {
        List<LayerInfo> out = new ArrayList<>();
        LayerStack stack = LayerStack.input(inputSize);
        for (Conv c : convs) {
            stack = stack.then(CONV);
            out.add(stack.layer(c.name(), c.out()));
            if (c.poolAfter()) {
                stack = stack.then(POOL);
            }
        }
        return out;
    }

    /** Multiply-adds of a forward pass up to and including {@code last}, for an input of side {@code side}. */
    public double macs(int side, String last) {
        double macs = 0;
        int map = side;
        for (Conv c : convs) {
            macs += (double) map * map * c.out() * c.in() * 9;
            if (c.name().equals(last)) {
                break;
            }
            if (c.poolAfter()) {
                map /= 2;
            }
        }
        return macs;
    }

    public String describe() {
        return "VGG16 (widths " + java.util.Arrays.toString(widths) + ", " + inputChannels + " input channels)";
    }
}
