package org.unitscope.cluster.passes;

import java.io.Serializable;
import org.unitscope.math.rf.matrixfree.PatchPass;

/** A {@link PatchPass} as plain serializable data, for the trip to the executors. */
record PassMessage(String kind, double[] centre, int[] pseudo, double[] vectors, int count, int[] column)
        implements Serializable {

    static PassMessage of(PatchPass pass) {
        return new PassMessage(pass.kind().name(), pass.centre(), pass.pseudo(), pass.vectors(), pass.count(),
                pass.column());
    }

    PatchPass pass() {
        return new PatchPass(PatchPass.Kind.valueOf(kind), centre, pseudo, vectors, count, column);
    }
}
