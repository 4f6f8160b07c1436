package org.unitscope.api.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spatial operation of a network, as far as geometry goes: a convolution or pooling with a square
 * {@code kernel}, a {@code stride} and zero {@code padding} on every side. Written "k3s1p1" ({@link #toString()});
 * {@link #parse} also takes the short forms "k3p1" (stride 1) and "k2s2" (padding 0).
 */
public record LayerOp(int kernel, int stride, int padding) {
    private static final Pattern TEXT = Pattern.compile("k(\\d+)(?:s(\\d+))?(?:p(\\d+))?");

    public LayerOp {
        if (kernel < 1 || stride < 1 || padding < 0) {
            throw new IllegalArgumentException("a layer needs kernel >= 1, stride >= 1, padding >= 0, not k" + kernel + "s" + stride
                    + "p" + padding);
        }
    }

    /** Reads "kKsSpP", where "sS" (default 1) and "pP" (default 0) may be left out. */
    public static LayerOp parse(String text) {
        Matcher m = TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
        try {
            if (m.matches()) {
                return new LayerOp(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            }
        } catch (IllegalArgumentException e) {
            // a number too large, or kernel / stride < 1: reported below
        }
        throw new IllegalArgumentException("a layer is written kKERNEL[sSTRIDE][pPADDING] with KERNEL, STRIDE >= 1, e.g. k3s1p1 or k2s2; "
                + "not '" + text + "'");
    }

    /** The receptive-field geometry after this operation, given the geometry of its input. */
    public RfGeometry apply(RfGeometry in) {
        return in.then(kernel, stride, padding);
    }

    /** Side of the output map for an input map of side {@code in}; 0 when no output unit fits. */
    public int mapSize(int in) {
        return Math.max(0, Math.floorDiv(in + 2 * padding - kernel, stride) + 1);
    }

    @Override
    public String toString() {
        return "k" + kernel + "s" + stride + "p" + padding;
    }
}
