package org.unitscope.api.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A network's spatial layers declared once, from which every layer's map side and receptive-field geometry follow:
 * start at the input, apply convolutions and poolings ({@link LayerOp}s), and take a {@link LayerInfo} wherever a
 * layer can be probed. Immutable: each step returns a new stack, so branches (layers computed side by side from the
 * same input) start from the same stack.
 *
 * <pre>{@code
 * LayerStack s = LayerStack.input(224).conv(3, 1, 1);
 * LayerInfo conv1 = s.layer("conv1", 64);
 * LayerInfo conv2 = s.pool(2, 2).conv(3, 1, 1).layer("conv2", 128);
 * }</pre>
 */
public final class LayerStack {
    private final int inputSize;
    private final List<LayerOp> ops;
    private final int mapSize;
    private final RfGeometry rf;

    private LayerStack(int inputSize, List<LayerOp> ops, int mapSize, RfGeometry rf) {
        this.inputSize = inputSize;
        this.ops = List.copyOf(ops);
        this.mapSize = mapSize;
        this.rf = rf;
    }

    /** The input image, {@code side} x {@code side} pixels: each pixel sees itself. */
    public static LayerStack input(int side) {
        if (side < 1) {
            throw new IllegalArgumentException("the input side must be >= 1, not " + side);
        }
        return new LayerStack(side, List.of(), side, RfGeometry.input());
    }

    /** After {@code op}. */
    public LayerStack then(LayerOp op) {
        List<LayerOp> more = new ArrayList<>(ops);
        more.add(Objects.requireNonNull(op, "op"));
        return new LayerStack(inputSize, more, op.mapSize(mapSize), op.apply(rf));
    }

    /** After the operations of {@code chain}, e.g. "k5p2 k2s2 k3p1" (separated by spaces, commas or '&gt;'). */
    public LayerStack then(String chain) {
        LayerStack s = this;
        for (String op : chain.trim().split("[\\s,>]+")) {
            if (!op.isEmpty()) {
                s = s.then(LayerOp.parse(op));
            }
        }
        return s;
    }

    /** After a convolution. */
    public LayerStack conv(int kernel, int stride, int padding) {
        return then(new LayerOp(kernel, stride, padding));
    }

    /** After a pooling of {@code size} x {@code size} windows, {@code stride} apart, without padding. */
    public LayerStack pool(int size, int stride) {
        return then(new LayerOp(size, stride, 0));
    }

    /** The probe-able layer at this point: its map side and geometry from the operations so far. */
    public LayerInfo layer(String name, int channels) {
        if (mapSize < 1) {
            throw new IllegalArgumentException("layer '" + name + "' has no unit for an input of side " + inputSize + " (after "
                    + this + ")");
        }
        return new LayerInfo(name, channels, mapSize, rf);
    }

    public int mapSize() {
        return mapSize;
    }

    public RfGeometry rf() {
        return rf;
    }

    public List<LayerOp> ops() {
        return ops;
    }

    /** The operations from the input, e.g. "k3s1p1 > k2s2p0"; "input" before any. */
    @Override
    public String toString() {
        return ops.isEmpty() ? "input" : ops.stream().map(LayerOp::toString).collect(Collectors.joining(" > "));
    }
}
