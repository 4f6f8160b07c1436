package org.unitscope.engine.internal.probe;

import java.util.List;

/**
 * What a probe-part file holds: the key of the work (what the activations are activations of), the run's stimulus
 * count, the part's stimuli {@code from .. to - 1}, and the layers with their units, in the run's order.
 */
public record ProbePartHeader(String key, int stimuli, int from, int to, List<String> layers, int[] units) {

    public ProbePartHeader {
        layers = List.copyOf(layers);
        units = units.clone();
        if (from < 0 || to < from || to > stimuli || layers.size() != units.length) {
            throw new IllegalArgumentException("a probe part of stimuli " + from + ".." + (to - 1) + " of " + stimuli
                    + " with " + layers.size() + " layer(s) and " + units.length + " unit count(s)");
        }
    }

    @Override
    public int[] units() {
        return units.clone();
    }
}
