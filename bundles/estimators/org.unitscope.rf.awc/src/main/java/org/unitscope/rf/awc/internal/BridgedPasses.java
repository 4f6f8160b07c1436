package org.unitscope.rf.awc.internal;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.unitscope.math.rf.matrixfree.PassRunner;
import org.unitscope.math.rf.matrixfree.PatchPass;
import org.unitscope.math.rf.matrixfree.ShuffledColumns;

/**
 * The passes run where the patch matrix's rows are, through {@link org.unitscope.api.rf.PatchMatrix#passes}: a pass and
 * its group's weights go out as JDK types (this bundle's copy of the math is not the runner's), the sums come back.
 * The runner cuts the rows into blocks of {@code blockRows} and folds them in block order: the bits of
 * {@code LocalPasses} with the same block size.
 */
final class BridgedPasses implements PassRunner {
    private final Function<Object[], double[][]> passes;
    private final int rows;
    private final int dim;
    private final int blockRows;

    BridgedPasses(Function<Object[], double[][]> passes, int rows, int dim, int blockRows) {
        this.passes = passes;
        this.rows = rows;
        this.dim = dim;
        this.blockRows = blockRows;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int dim() {
        return dim;
    }

    @Override
    public double[][] run(PatchPass pass, ShuffledColumns columns, BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new CancellationException("awc: stopped before a pass over the patch rows");
        }
        return passes.apply(new Object[] {blockRows, pass.kind().name(), pass.centre(), pass.pseudo(), pass.vectors(),
            pass.count(), pass.column(), columns == null ? null : columns.columns(), columns == null ? 0 : columns.shuffles(),
            columns == null ? 0L : columns.seed()});
    }
}
