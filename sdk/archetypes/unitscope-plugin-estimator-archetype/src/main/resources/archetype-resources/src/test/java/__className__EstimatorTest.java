package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.rf.RfResult;
import org.unitscope.api.rf.UnitActivations;

/** Ground truth: a unit that is a rectified copy of one pixel of white noise has its receptive field at that pixel. */
class ${className}EstimatorTest {
    private static final int D = 16;
    private static final int N = 4000;
    private static final int PIXEL = 6;

    @Test
    void aRectifiedPixelIsFoundSignificantAndPredicted() {
        SplittableRandom random = new SplittableRandom(1);
        float[] stimuli = new float[N * D];
        for (int i = 0; i < stimuli.length; i++) {
            stimuli[i] = (float) random.nextGaussian();
        }
        float[][] columns = new float[2][N];
        for (int i = 0; i < N; i++) {
            columns[0][i] = Math.max(0, stimuli[i * D + PIXEL]);
            columns[1][i] = (float) random.nextDouble(); // unrelated to the stimulus
        }
        ${className}Estimator estimator = new ${className}Estimator();
        Parameters p = Parameters.resolve(estimator.info(), Map.of("shuffles", 19));
        RfAccumulator acc = estimator.newAccumulator(D, new UnitActivations(columns, 7), p);
        acc.add(0, stimuli, N);
        RfResult r = acc.finish();

        assertEquals(PIXEL, r.arrays().get("peak")[0][0], 0.0);
        assertTrue(r.arrays().get("filter")[0][PIXEL] > 0.99, "the unit-length AWA is all at the pixel");
        assertEquals(1.0 / 20, r.arrays().get("p")[0][0], 1e-12);
        assertTrue(r.arrays().get("p")[1][0] > 0.05, "an unrelated unit is not significant");
        assertTrue(r.predicted().containsKey(0) && !r.predicted().containsKey(1));
        float[] patch = new float[D];
        patch[PIXEL] = 2;
        assertTrue(r.predicted().get(0).respond(patch) > 1.9, "the model unit responds to its pixel");
    }

    @Test
    void theParametersAreDeclaredOnceWithTheirLimits() {
        ${className}Estimator estimator = new ${className}Estimator();
        assertEquals(List.of("shuffles", "alpha"), estimator.info().parameters().stream().map(spec -> spec.name()).toList());
        Parameters defaults = Parameters.resolve(estimator.info(), Map.of());
        assertEquals(19, defaults.as(${className}Estimator.Config.class).shuffles());
        assertTrue(estimator.bytesPerUnit(D, Parameters.resolve(estimator.info(), Map.of("shuffles", 99)))
                > estimator.bytesPerUnit(D, defaults), "more shuffles take more memory per unit");
        assertThrows(UnitscopeException.class, () -> Parameters.resolve(estimator.info(), Map.of("alpha", 1.0)));
        assertThrows(UnitscopeException.class, () -> Parameters.resolve(estimator.info(), Map.of("shuffles", 0)));
    }
}
