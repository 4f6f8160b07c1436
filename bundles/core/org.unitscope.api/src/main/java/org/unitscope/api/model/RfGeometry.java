package org.unitscope.api.model;

/**
 * Theoretical receptive field of the units of one layer, in input pixels: {@code size} px wide, neighbouring
 * units {@code jump} px apart, the first unit's RF centred on input coordinate {@code start} (pixel centres
 * are 0, 1, 2, ...). Computed from the network's layers, never typed in.
 */
public record RfGeometry(int size, int jump, double start) {

    public RfGeometry {
        if (size < 1 || jump < 1) {
            throw new IllegalArgumentException("size and jump must be >= 1: " + size + ", " + jump);
        }
    }

    /** The input geometry itself: each pixel sees one pixel. */
    public static RfGeometry input() {
        return new RfGeometry(1, 1, 0.0);
    }

    /** Geometry after a layer with kernel {@code k}, stride {@code s} and padding {@code p}. */
    public RfGeometry then(int k, int s, int p) {
        return new RfGeometry(size + (k - 1) * jump, jump * s, start + ((k - 1) / 2.0 - p) * jump);
    }

    /** Input coordinate of the centre of unit {@code index} along one axis. */
    public double centreOf(int index) {
        return start + index * jump;
    }
}
