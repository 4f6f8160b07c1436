package org.unitscope.math.rf.matrixfree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.unitscope.math.linalg.BlockLanczos;
import org.unitscope.math.linalg.LanczosBatch;
import org.unitscope.math.linalg.OperatorBatch;
import org.unitscope.math.linalg.RitzPairs;
import org.unitscope.math.rf.NestedShuffleTest;
import org.unitscope.math.rf.StepDecision;

/**
 * The nested shuffle test of {@link NestedShuffleTest} on AWC operators: at each step, for every unit still being
 * tested, the extreme eigenpairs of its observed AWC and the extreme eigenvalues of its R shuffled AWCs, all
 * restricted to the complement of the unit's accepted axes, come from block Lanczos problems run together (one pass
 * over the patches per Lanczos round, for all units and shuffles); {@link StepDecision} then accepts an axis or
 * stops, as in the dense test. Step 0 also reports the k smallest and largest eigenpairs of each observed AWC.
 *
 * <p>The operators are those of a batch of units in order: unit b (0-based in the batch), shuffle r is operator
 * b (R + 1) + r. The Lanczos start blocks are seeded from (seed, unit index, shuffle, step), so a unit's result
 * does not depend on the batch it ran in.
 */
final class KrylovNestedTest {

    /** One unit's spectrum at step 0 and its test. */
    record Outcome(RitzPairs first, NestedShuffleTest.Result test, double residual, boolean converged) {
    }

    private static final class UnitState {
        final List<double[]> accepted = new ArrayList<>();
        final List<NestedShuffleTest.Axis> excitatory = new ArrayList<>();
        final List<NestedShuffleTest.Axis> suppressive = new ArrayList<>();
        RitzPairs first;
        double residual;
        boolean converged = true;
        boolean stopped;
    }

    private final AwcSettings settings;

    KrylovNestedTest(AwcSettings settings) {
        this.settings = settings;
    }

    /**
     * @param operator the batch's AWC operators (units x (R + 1))
     * @param unitIds  the units' indices (for the seeds)
     */
    List<Outcome> run(OperatorBatch operator, int[] unitIds, BooleanSupplier stop) {
        int perUnit = settings.shuffles() + 1;
        if (operator.size() != unitIds.length * perUnit) {
            throw new IllegalArgumentException(operator.size() + " operators for " + unitIds.length + " units");
        }
        UnitState[] states = new UnitState[unitIds.length];
        for (int b = 0; b < states.length; b++) {
            states[b] = new UnitState();
        }
        for (int step = 0; ; step++) {
            List<BlockLanczos> problems = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            for (int b = 0; b < states.length; b++) {
                addProblems(states[b], b, unitIds[b], step, operator.dim(), problems, targets, owners);
            }
            if (problems.isEmpty()) {
                break;
            }
            LanczosBatch.solve(problems, targets.stream().mapToInt(Integer::intValue).toArray(), operator, stop);
            for (int i = 0; i < problems.size(); ) {
                UnitState state = states[owners.get(i)];
                int count = problemCount(state, step, operator.dim());
                evaluate(state, problems.subList(i, i + count), step);
                i += count;
            }
        }
        List<Outcome> out = new ArrayList<>();
        for (UnitState s : states) {
            out.add(new Outcome(s.first, new NestedShuffleTest.Result(List.copyOf(s.excitatory),
                    List.copyOf(s.suppressive)), s.residual, s.converged));
        }
        return out;
    }

    private int cap(int d) {
        return Math.min(settings.maxAxes(), d - 1);
    }

    private boolean testing(UnitState state, int d) {
        return state.accepted.size() < cap(d);
    }

    /** Problems a unit has at this step: its observed AWC, and its R shuffles while it is being tested. */
    private int problemCount(UnitState state, int step, int d) {
        if (state.stopped || (step > 0 && !testing(state, d))) {
            return 0;
        }
        return 1 + (testing(state, d) ? settings.shuffles() : 0);
    }

    private void addProblems(UnitState state, int b, int unitId, int step, int d, List<BlockLanczos> problems,
            List<Integer> targets, List<Integer> owners) {
        int count = problemCount(state, step, d);
        if (count == 0) {
            state.stopped = true;
            return;
        }
        int available = d - state.accepted.size();
        int k = step == 0 ? Math.min(settings.reported(), available) : 1;
        int perUnit = settings.shuffles() + 1;
        for (int r = 0; r < count; r++) {
            boolean observed = r == 0;
            int block = Math.min(observed ? settings.blockSize() : settings.nullBlockSize(), available);
            BlockLanczos.Settings s = new BlockLanczos.Settings(block, observed ? k : 1, observed ? k : 1,
                    observed ? settings.tolerance() : settings.nullTolerance(),
                    Math.max(block, Math.min(settings.maxBasis(), available)), observed);
            problems.add(new BlockLanczos(d, state.accepted, s, seed(unitId, r, step)));
            targets.add(b * perUnit + r);
            owners.add(b);
        }
    }

    private void evaluate(UnitState state, List<BlockLanczos> problems, int step) {
        RitzPairs observed = problems.get(0).result();
        note(state, observed);
        if (step == 0) {
            state.first = observed;
        }
        if (problems.size() == 1) {
            state.stopped = true;
            return;
        }
        int shuffles = problems.size() - 1;
        double[] nullMin = new double[shuffles];
        double[] nullMax = new double[shuffles];
        for (int r = 0; r < shuffles; r++) {
            RitzPairs n = problems.get(r + 1).result();
            note(state, n);
            nullMin[r] = n.lowest()[0];
            nullMax[r] = n.highest()[0];
        }
        StepDecision decision = StepDecision.of(observed.lowest()[0], observed.highest()[0], nullMin, nullMax,
                settings.alpha());
        if (decision.stops()) {
            state.stopped = true;
        } else if (decision.acceptsLargest()) {
            double[] axis = observed.highestVectors()[0];
            state.excitatory.add(new NestedShuffleTest.Axis(axis.clone(), observed.highest()[0], decision.lower(),
                    decision.upper()));
            state.accepted.add(axis);
        } else {
            double[] axis = observed.lowestVectors()[0];
            state.suppressive.add(new NestedShuffleTest.Axis(axis.clone(), observed.lowest()[0], decision.lower(),
                    decision.upper()));
            state.accepted.add(axis);
        }
    }

    private static void note(UnitState state, RitzPairs pairs) {
        state.residual = Math.max(state.residual, pairs.residual());
        state.converged &= pairs.converged();
    }

    private long seed(int unitId, int shuffle, int step) {
        long z = mix(settings.seed() ^ 0x5DEECE66DL);
        z = mix(z ^ unitId);
        z = mix(z ^ ((long) shuffle << 20));
        return mix(z ^ ((long) step << 40));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
