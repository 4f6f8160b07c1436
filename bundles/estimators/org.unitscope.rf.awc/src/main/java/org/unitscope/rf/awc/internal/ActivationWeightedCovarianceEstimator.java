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
import org.unitscope.api.rf.PredictedUnit;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.rf.RfResult;
import org.unitscope.api.rf.UnitActivations;
import org.unitscope.math.rf.NestedShuffleTest;
import org.unitscope.math.rf.ReceptiveFieldModel;
import org.unitscope.math.rf.SymmetricEigen;
import org.unitscope.spi.djl.rf.ShuffledAccumulator;

/**
 * AWC = sum_n a_n (s_n - AWA)(s_n - AWA)^T / sum_n a_n - C_0 (the spike-triggered covariance analogue), its full
 * eigen-spectrum, and its significant axes by the nested shuffle test (Schwartz et al. 2006): the R shuffled AWCs are
 * accumulated in the same pass as the observed one. Accepted axes rebuild the unit as an energy model,
 * sqrt(sum_j (w_j . (s - mean))^2), over the excitatory axes, or the suppressive ones when there are no excitatory
 * ones (a rectified linear unit's only second-order axis is suppressive: its filter).
 */
@Component(service = ReceptiveFieldEstimator.class)
@UnitscopeService(id = "awc", version = "0.1.0", config = ActivationWeightedCovarianceEstimator.Config.class)
public class ActivationWeightedCovarianceEstimator implements ReceptiveFieldEstimator {

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
                spectrum[u] = f == null ? nan(d) : f.spectrum;
                excitatory[u] = padded(f == null ? List.of() : f.result.excitatory(), k, d);
                suppressive[u] = padded(f == null ? List.of() : f.result.suppressive(), k, d);
                excValues[u] = values(f == null ? List.of() : f.result.excitatory(), k);
                supValues[u] = values(f == null ? List.of() : f.result.suppressive(), k);
                axes[u] = f == null ? new double[] {Double.NaN, Double.NaN}
                        : new double[] {f.result.excitatory().size(), f.result.suppressive().size()};
                interval[u] = f == null || f.result.axisCount() == 0 ? new double[] {Double.NaN, Double.NaN}
                        : firstStep(f.result);
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
            panels.put("excitatory", titles("exc", k));
            panels.put("suppressive", titles("sup", k));
            return new RfResult(arrays, panels, predicted);
        }

        private record UnitFindings(double[] spectrum, NestedShuffleTest.Result result, double awaP) {
        }

        private UnitFindings analyse(int u, int d) {
            if (!active(u)) {
                return null;
            }
            double[] awc = awc(u);
            double[] ascending = SymmetricEigen.values(awc, d);
            double[] spectrum = new double[d];
            for (int j = 0; j < d; j++) {
                spectrum[j] = ascending[d - 1 - j];
            }
            NestedShuffleTest.Result result = test.test(awc, nullAwcs(u), d);
            double awaP = awaTest(u).pValue();
            return new UnitFindings(spectrum, result, awaP);
        }

        private static double[] firstStep(NestedShuffleTest.Result r) {
            List<NestedShuffleTest.Axis> all = new ArrayList<>(r.excitatory());
            all.addAll(r.suppressive());
            // the widest interval is the first step's: projecting axes out only narrows the null
            NestedShuffleTest.Axis first = all.stream().min((a, b) -> Double.compare(a.nullLower(), b.nullLower())).orElseThrow();
            return new double[] {first.nullLower(), first.nullUpper()};
        }
    }

    static double[] padded(List<NestedShuffleTest.Axis> axes, int k, int d) {
        double[] out = nan(k * d);
        for (int a = 0; a < Math.min(k, axes.size()); a++) {
            System.arraycopy(axes.get(a).vector(), 0, out, a * d, d);
        }
        return out;
    }

    static double[] values(List<NestedShuffleTest.Axis> axes, int k) {
        double[] out = nan(k);
        for (int a = 0; a < Math.min(k, axes.size()); a++) {
            out[a] = axes.get(a).eigenvalue();
        }
        return out;
    }

    static List<String> titles(String prefix, int k) {
        List<String> out = new ArrayList<>();
        for (int a = 1; a <= k; a++) {
            out.add(prefix + " " + a);
        }
        return out;
    }

    static double[] nan(int d) {
        double[] x = new double[d];
        Arrays.fill(x, Double.NaN);
        return x;
    }
}
