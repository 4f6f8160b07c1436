package org.unitscope.cluster.passes;

import java.io.Serializable;
import org.unitscope.math.rf.matrixfree.ShardPatches;

/**
 * One executor's patch shard, the element of the persisted RDD: blocks {@code firstBlock .. endBlock - 1} of the
 * pass grid (blocks of {@code blockRows} rows over N = {@code rows}), from row {@code firstRow}, held as float32.
 */
record PatchShard(int index, int firstBlock, int endBlock, int blockRows, int firstRow, int rows, int dim, float[] held)
        implements Serializable {

    /** The rows as a {@link ShardPatches} view (not copied). */
    ShardPatches patches() {
        return ShardPatches.of(rows, dim, firstRow, held);
    }
}
