package org.unitscope.cluster.passes;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.unitscope.math.rf.matrixfree.ShuffledColumns;

/**
 * The activations of one group of units with their shuffle seed, broadcast once per group; each executor JVM
 * rebuilds the {@link ShuffledColumns} (its R x N permutation table) once per broadcast and keeps the latest few.
 */
record ColumnsMessage(float[][] columns, int shuffles, long seed) implements Serializable {

    private static final Map<Long, ShuffledColumns> BUILT = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ShuffledColumns> eldest) {
            return size() > 2;
        }
    };

    static ColumnsMessage of(ShuffledColumns columns) {
        return new ColumnsMessage(columns.columns(), columns.shuffles(), columns.seed());
    }

    /** This executor's columns of broadcast {@code id}. */
    ShuffledColumns columns(long id) {
        synchronized (BUILT) {
            return BUILT.computeIfAbsent(id, k -> new ShuffledColumns(columns, shuffles, seed));
        }
    }
}
