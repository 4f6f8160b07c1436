package org.unitscope.model.vgg16.internal;

import org.unitscope.api.model.LayerOp;

/**
 * How one operation runs along one axis of the cone: cut the held input map to {@code cutLength} positions from
 * {@code cutFrom}, apply the operation with its own kind of padding, {@code pad} on both sides, and keep
 * {@code keepLength} outputs from {@code keepFrom}. Padding stands only where the full map has its border (and the
 * same padding), never in place of a real neighbour, so every kept output equals the one of the full map; where
 * only one side is a border, the outputs the padding adds on the other side are cut away.
 */
record AxisCut(int cutFrom, int cutLength, int pad, int keepFrom, int keepLength) {

    /**
     * The cut that computes outputs {@code out} of {@code op} from the held input positions {@code held} of a map of
     * side {@code inSize}.
     */
    static AxisCut of(LayerOp op, Span held, Span out, int inSize) {
        int wantLo = out.lo() * op.stride() - op.padding();
        int wantHi = out.hi() * op.stride() - op.padding() + op.kernel() - 1;
        Span cut = needed(op, out, inSize);
        if (!held.contains(cut)) {
            throw new IllegalArgumentException("outputs " + out + " need inputs " + cut + ", only " + held + " are held");
        }
        int padLo = cut.lo() - wantLo;
        int padHi = wantHi - cut.hi();
        int pad = Math.max(padLo, padHi);
        // one padding for both sides: the outputs it adds on the side that needs less lie before the kept ones
        if ((pad - padLo) % op.stride() != 0) {
            throw new IllegalArgumentException(op + ": one-sided padding " + padLo + "/" + padHi + " would shift the stride grid");
        }
        AxisCut tight = new AxisCut(cut.lo() - held.lo(), cut.length(), pad, (pad - padLo) / op.stride(), out.length());
        AxisCut loose = new AxisCut(tight.cutFrom, held.hi() - cut.lo() + 1, pad, tight.keepFrom, tight.keepLength);
        // held inputs past the last window that make no extra output (a pool's odd last row) need not be cut away
        return loose.outLength(op) == tight.outLength(op) ? loose : tight;
    }

    /** The input positions that outputs {@code out} of {@code op} read, within a map of side {@code inSize}. */
    static Span needed(LayerOp op, Span out, int inSize) {
        int lo = out.lo() * op.stride() - op.padding();
        int hi = out.hi() * op.stride() - op.padding() + op.kernel() - 1;
        return new Span(Math.max(0, lo), Math.min(inSize - 1, hi));
    }

    /** Whether the held input of {@code heldLength} positions must be cut before the operation. */
    boolean cutsInput(int heldLength) {
        return cutFrom != 0 || cutLength != heldLength;
    }

    /** Outputs the operation gives on the cut input with this padding (kernel and stride of {@code op}). */
    int outLength(LayerOp op) {
        return Math.floorDiv(cutLength + 2 * pad - op.kernel(), op.stride()) + 1;
    }

    /** Whether the output of the operation must be cut to the kept positions. */
    boolean cutsOutput(LayerOp op) {
        return keepFrom != 0 || keepLength != outLength(op);
    }
}
