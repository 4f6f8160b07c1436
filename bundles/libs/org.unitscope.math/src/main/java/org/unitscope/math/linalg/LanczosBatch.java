package org.unitscope.math.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Advances many {@link BlockLanczos} problems together: each round gathers the pending block of every unfinished
 * problem, applies all of them in one {@link OperatorBatch#apply} call (one pass over the data for all), and hands the
 * products back. A problem that has converged drops out of the next round, so the result of each problem does not
 * depend on which others share its rounds.
 */
public final class LanczosBatch {

    private LanczosBatch() {
    }

    /**
     * Runs every problem to its end.
     *
     * @param problems the problems
     * @param target   for each problem, the operator of {@code operators} it is about
     * @param operators the operators
     * @param stop     asked before each round; when true the work stops with a {@link CancellationException}
     * @return the number of rounds (operator passes) run
     */
    public static int solve(List<BlockLanczos> problems, int[] target, OperatorBatch operators, BooleanSupplier stop) {
        if (target.length != problems.size()) {
            throw new IllegalArgumentException("need one target per problem: " + target.length + " for "
                    + problems.size());
        }
        int rounds = 0;
        while (true) {
            List<Integer> active = new ArrayList<>();
            for (int i = 0; i < problems.size(); i++) {
                if (!problems.get(i).done()) {
                    active.add(i);
                }
            }
            if (active.isEmpty()) {
                return rounds;
            }
            if (stop.getAsBoolean()) {
                throw new CancellationException("stopped after " + rounds + " operator passes");
            }
            int[] which = new int[active.size()];
            double[][][] blocks = new double[active.size()][][];
            for (int k = 0; k < which.length; k++) {
                which[k] = target[active.get(k)];
                blocks[k] = problems.get(active.get(k)).pending();
            }
            double[][][] products = operators.apply(which, blocks);
            for (int k = 0; k < which.length; k++) {
                problems.get(active.get(k)).supply(products[k]);
            }
            rounds++;
        }
    }
}
