package org.unitscope.api.model;

import java.util.Objects;

/** One probe-able layer: its name, channel count, feature-map side and receptive-field geometry. */
public record LayerInfo(String name, int channels, int mapSize, RfGeometry rf) {
    public LayerInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rf, "rf");
    }
}
