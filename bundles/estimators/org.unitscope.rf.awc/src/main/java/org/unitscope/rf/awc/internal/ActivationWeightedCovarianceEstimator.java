package org.unitscope.rf.awc.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.unitscope.api.ExclusiveMax;
import org.unitscope.api.ExclusiveMin;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.rf.EstimationControl;
import org.unitscope.api.rf.PatchMatrix;
import org.unitscope.api.rf.PatchMatrixEstimator;
import org.unitscope.api.rf.PredictedUnit;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.rf.RfResult;
import org.unitscope.api.rf.UnitActivations;
import org.unitscope.math.rf.NestedShuffleTest;
import org.unitscope.math.rf.ReceptiveFieldModel;
import org.unitscope.math.rf.SymmetricEigen;
import org.unitscope.math.rf.matrixfree.AwcCostModel;
import org.unitscope.math.rf.matrixfree.AwcSettings;
import org.unitscope.math.rf.matrixfree.LocalPasses;
import org.unitscope.math.rf.matrixfree.MatrixFreeAwc;
import org.unitscope.math.rf.matrixfree.PassRunner;
import org.unitscope.math.rf.matrixfree.PatchSource;
import org.unitscope.spi.djl.rf.ShuffledAccumulator;

/**
 * AWC = sum_n a_n (s_n - AWA)(s_n - AWA)^T / sum_n a_n - C_0 (the spike-triggered covariance analogue), its full
 * eigen-spectrum, and its significant axes by the nested shuffle test (Schwartz et al. 2006): the R shuffled AWCs are
 * accumulated in the same pass as the observed one. Accepted axes rebuild the unit as an energy model,
 * sqrt(sum_j (w_j . (s - mean))^2), over the excitatory axes, or the suppressive ones when there are no excitatory
 * ones (a rectified linear unit's only second-order axis is suppressive: its filter).
 */
@Component(service = ReceptiveFieldEstimator.class)
@UnitscopeService(id = "awc", version = "0.3.0", config = ActivationWeightedCovarianceEstimator.Config.class)
public class ActivationWeightedCovarianceEstimator implements ReceptiveFieldEstimator, PatchMatrixEstimator {

    @ObjectClassDefinition(name = "Activation-weighted covariance (AWC): eigen-spectrum and excitatory/suppressive axes by the"
            + " nested shuffle test")
    @interface Config {
        @AttributeDefinition(description = "R: shuffles per step of the nested shuffle test; R + 1 >= 2/alpha. Memory and time"
                + " grow as R + 1", min = "2")
        int shuffles() default 49;

        @AttributeDefinition(description = "two-sided level of each step of the test (and of the AWA test)", min = "0", max = "1")
        @ExclusiveMin
        @ExclusiveMax
        double alpha() default 0.05;

        @AttributeDefinition(description = "at most this many axes are accepted (and saved) per unit", min = "0")
        int maxAxes() default 4;

        @AttributeDefinition(description = "matrix-free from this patch dimension d on: the patches and activations are"
                + " kept instead of (R + 1) d x d sums per unit, and the k largest and smallest AWC eigenpairs and the"
                + " test come from block Lanczos on the AWC operator (no full spectrum). Below it, the sums and the full"
                + " spectrum. 0: always matrix-free", min = "0")
        int matrixFreeFrom() default 600;

        @AttributeDefinition(description = "k: on the matrix-free path, the k largest and k smallest eigenvalues are"
                + " saved", min = "1")
        int eigenpairs() default 8;

        @AttributeDefinition(description = "whiten the stimuli by (C_0 + epsilon I)^(-1/2) before the AWC, for correlated"
                + " stimuli (1/f noise, natural-image patches, uneven pixel blocks); axes are saved as pixel-space filters."
                + " Runs the matrix-free code (its dense path below matrixFreeFrom)")
        boolean whiten() default false;

        @AttributeDefinition(description = "whitening ridge: epsilon = ridge x the mean pixel variance", min = "0")
        @ExclusiveMin
        double ridge() default 0.1;

        @AttributeDefinition(description = "largest Krylov space per eigenproblem on the matrix-free path; memory per unit"
                + " is (R + 1) x this x d doubles. A problem that reaches it is saved with converged = 0", min = "8")
        int krylovBasis() default 400;

        @AttributeDefinition(description = "matrix-free passes summed per block of this many patch rows, the blocks"
                + " added in block order, so that the passes can be split across machines by blocks with the same bits"
                + " (docs/CLUSTER.md); other block sizes agree to rounding. 0: one sum over every row", min = "0")
        int passBlock() default 0;
    }

    /** The test's own check (R + 1 >= 2 / alpha), when the run is resolved rather than after the probe pass. */
    @Override
    public void validate(Parameters parameters) {
        Config c = parameters.as(Config.class);
        int shuffles = c.shuffles();
        double alpha = c.alpha();
        if (NestedShuffleTest.allowedExceedances(shuffles, alpha) < 0) {
            throw new UnitscopeException("awc: parameters 'shuffles' (" + shuffles + ") and 'alpha' (" + alpha
                    + ") cannot reach level alpha; allowed: shuffles + 1 >= 2 / alpha, here shuffles >= "
                    + (int) Math.ceil(2 / alpha - 1));
        }
    }

    @Override
    public long bytesPerUnit(int dimension, Parameters parameters) {
        return ShuffledAccumulator.bytesPerUnit(dimension, parameters.as(Config.class).shuffles(), true);
    }

    @Override
    public boolean usesPatchMatrix(int dimension, Parameters parameters) {
        Config c = parameters.as(Config.class);
        return c.whiten() || dimension >= c.matrixFreeFrom();
    }

    @Override
    public long workingBytesPerUnit(int dimension, int stimuli, Parameters parameters) {
        Config c = parameters.as(Config.class);
        long problems = c.shuffles() + 1L;
        long dense = dimension < c.matrixFreeFrom() ? problems * dimension * (long) dimension * Double.BYTES : 0;
        if (c.passBlock() > 0 && stimuli > c.passBlock()) {
            dense *= 2; // a block's second moments beside the running total
        }
        long krylov = dense > 0 ? 0 : problems * (long) c.krylovBasis() * dimension * Double.BYTES;
        // + the shuffled weight columns and the reported eigenvectors and axes
        return dense + krylov + problems * stimuli * (long) Double.BYTES
                + (2L * c.eigenpairs() + 2L * c.maxAxes()) * dimension * Double.BYTES;
    }

    /** {@link AwcCostModel} at the rate of the Java kernels measured now at this dimension. */
    @Override
    public double estimatedSeconds(int dimension, int stimuli, int units, Parameters parameters) {
        Config c = parameters.as(Config.class);
        AwcSettings settings = AwcSettings.of(c.shuffles(), c.alpha(), c.maxAxes(), 0).withDenseBelow(c.matrixFreeFrom());
        AwcCostModel model = new AwcCostModel(settings);
        return model.seconds(dimension, stimuli, units, model.measureRate(MatrixFreeAwc.Kernels.java(), dimension));
    }

    @Override
    public RfResult estimate(PatchMatrix patches, UnitActivations activations, int firstUnit, Parameters parameters,
            EstimationControl control) {
        Config c = parameters.as(Config.class);
        AwcSettings settings = settings(c, activations);
        MatrixFreeAwc awc = new MatrixFreeAwc(settings, MatrixFreeAwc.Kernels.java());
        PatchSource source = new PatchSource() {
            @Override
            public int rows() {
                return patches.stimuli();
            }

            @Override
            public int dim() {
                return patches.dimension();
            }

            @Override
            public void read(int from, int count, float[] out) {
                patches.read(from, count, out);
            }
        };
        MatrixFreeAwc.Estimate estimate = awc.estimate(runner(patches, source, c), activations.columns(), firstUnit,
                control::stopRequested);
        long unconverged = estimate.units().stream().filter(u -> u.active() && !u.converged()).count();
        if (unconverged > 0) {
            control.message(String.format(java.util.Locale.ROOT, "awc: %d of %d units had a Krylov problem reach %d"
                    + " vectors before its tolerance (saved with converged = 0)", unconverged, activations.units(),
                    c.krylovBasis()));
        }
        return MatrixFreeResults.of(estimate, patches.dimension(), c.maxAxes(), c.eigenpairs(), c.whiten());
    }

    /** The passes here, or where the rows are when the matrix says so (a sharded run's fold, docs/CLUSTER.md). */
    private static PassRunner runner(PatchMatrix patches, PatchSource source, Config c) {
        if (patches.passes().isEmpty()) {
            return new LocalPasses(source, MatrixFreeAwc.Kernels.java(), c.passBlock());
        }
        if (c.passBlock() <= 0) {
            throw new UnitscopeException("awc: the patch rows of this layer are split across machines: give 'passBlock' (rows"
                    + " per block) so that their partial sums add up to the single-JVM run's");
        }
        return new BridgedPasses(patches.passes().get(), patches.stimuli(), patches.dimension(), c.passBlock());
    }

    private static AwcSettings settings(Config c, UnitActivations activations) {
        AwcSettings s = AwcSettings.of(c.shuffles(), c.alpha(), c.maxAxes(), activations.seed())
                .withReported(c.eigenpairs()).withDenseBelow(c.matrixFreeFrom()).withMaxBasis(c.krylovBasis())
                .withUnitsPerBatch(Math.max(1, activations.units()));
        return c.whiten() ? s.withWhitening(c.ridge()) : s;
    }

    @Override
    public RfAccumulator newAccumulator(int dimension, UnitActivations activations, Parameters parameters) {
        Config c = parameters.as(Config.class);
        // validates shuffles, alpha and maxAxes together (R + 1 >= 2 / alpha) before any work
        NestedShuffleTest test = new NestedShuffleTest(c.shuffles(), c.alpha(), c.maxAxes(), activations.seed());
        return new Accumulator(activations, dimension, c.shuffles(), test);
    }

    /** The sums of one group of units with their shuffles. */
    static final class Accumulator extends ShuffledAccumulator {
        private final NestedShuffleTest test;

        Accumulator(UnitActivations activations, int dimension, int shuffles, NestedShuffleTest test) {
            super(activations, dimension, shuffles, true);
            this.test = test;
        }

        /**
         * "eigenvalues": units x d, descending; "excitatory" / "suppressive": units x (maxAxes x d) accepted axes (NaN
         * where fewer); "excitatory_eigenvalues" / "suppressive_eigenvalues": units x maxAxes; "axes": accepted
         * excitatory, suppressive; "null_interval": the first step's null interval of the extreme eigenvalues (NaN when
         * nothing was accepted); "awa_p": the AWA's shuffle p-value from the same shuffles.
         */
        @Override
        protected RfResult results() {
            int n = units();
            int d = dimension();
            int k = test.maxAxes();
            UnitFindings[] found = new UnitFindings[n];
            double[] mean = stimulusMean();
            // units are independent: the eigen-analyses of a chunk run on all cores
            IntStream.range(0, n).parallel().forEach(u -> found[u] = analyse(u, d));
            Map<String, double[][]> arrays = new LinkedHashMap<>();
            double[][] spectrum = new double[n][];
            double[][] excitatory = new double[n][];
            double[][] suppressive = new double[n][];
            double[][] excValues = new double[n][];
            double[][] supValues = new double[n][];
            double[][] axes = new double[n][];
            double[][] interval = new double[n][];
            double[][] awaP = new double[n][];
            Map<Integer, PredictedUnit> predicted = new ConcurrentHashMap<>();
            for (int u = 0; u < n; u++) {
                UnitFindings f = found[u];
                spectrum[u] = f == null ? AxisArrays.nan(d) : f.spectrum;
                excitatory[u] = AxisArrays.padded(f == null ? List.of() : AxisArrays.vectors(f.result.excitatory()), k, d);
                suppressive[u] = AxisArrays.padded(f == null ? List.of() : AxisArrays.vectors(f.result.suppressive()), k, d);
                excValues[u] = AxisArrays.values(f == null ? List.of() : f.result.excitatory(), k);
                supValues[u] = AxisArrays.values(f == null ? List.of() : f.result.suppressive(), k);
                axes[u] = f == null ? new double[] {Double.NaN, Double.NaN}
                        : new double[] {f.result.excitatory().size(), f.result.suppressive().size()};
                interval[u] = f == null || f.result.axisCount() == 0 ? new double[] {Double.NaN, Double.NaN}
                        : AxisArrays.firstStep(f.result);
                awaP[u] = new double[] {f == null ? Double.NaN : f.awaP};
                if (f != null && f.result.axisCount() > 0) {
                    List<NestedShuffleTest.Axis> model = f.result.excitatory().isEmpty() ? f.result.suppressive() : f.result.excitatory();
                    java.util.function.ToDoubleFunction<float[]> unit = ReceptiveFieldModel.energy(
                            model.stream().map(NestedShuffleTest.Axis::vector).toList()).centredOn(mean);
                    predicted.put(u, unit::applyAsDouble);
                }
            }
            arrays.put("eigenvalues", spectrum);
            arrays.put("excitatory", excitatory);
            arrays.put("suppressive", suppressive);
            arrays.put("excitatory_eigenvalues", excValues);
            arrays.put("suppressive_eigenvalues", supValues);
            arrays.put("axes", axes);
            arrays.put("null_interval", interval);
            arrays.put("awa_p", awaP);
            Map<String, List<String>> panels = new LinkedHashMap<>();
            panels.put("excitatory", AxisArrays.titles("exc", k));
            panels.put("suppressive", AxisArrays.titles("sup", k));
            return new RfResult(arrays, panels, predicted);
        }

        private record UnitFindings(double[] spectrum, NestedShuffleTest.Result result, double awaP) {
        }

        private UnitFindings analyse(int u, int d) {
            if (!active(u)) {
                return null;
            }
            if (stopRequested()) {
                throw new java.util.concurrent.CancellationException("awc: stopped");
            }
            double[] awc = awc(u);
            double[] ascending = SymmetricEigen.values(awc, d);
            double[] spectrum = new double[d];
            for (int j = 0; j < d; j++) {
                spectrum[j] = ascending[d - 1 - j];
            }
            NestedShuffleTest.Result result = test.test(awc, nullAwcs(u), d, this::stopRequested);
            double awaP = awaTest(u).pValue();
            return new UnitFindings(spectrum, result, awaP);
        }
    }
}
