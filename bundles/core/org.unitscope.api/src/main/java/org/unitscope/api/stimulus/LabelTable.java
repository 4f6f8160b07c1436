package org.unitscope.api.stimulus;

import java.util.List;
import java.util.Map;

/**
 * Numeric labels that travel with each stimulus (orientation in degrees, spatial frequency in cycles/px,
 * phase, category index...): one column per name, one row per stimulus. Category names, when a label is
 * categorical, are in {@code levels}.
 */
public record LabelTable(List<String> names, double[][] columns, Map<String, List<String>> levels) {

    public LabelTable {
        names = List.copyOf(names);
        levels = Map.copyOf(levels);
        if (columns.length != names.size()) {
            throw new IllegalArgumentException("one column per name: " + names.size() + " names, " + columns.length + " columns");
        }
        for (double[] c : columns) {
            if (c.length != columns[0].length) {
                throw new IllegalArgumentException("label columns differ in length");
            }
        }
    }

    public int count() {
        return columns.length == 0 ? 0 : columns[0].length;
    }

    public boolean has(String name) {
        return names.contains(name);
    }

    public double[] column(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no label '" + name + "'; labels are " + names);
        }
        return columns[i];
    }
}
