package org.unitscope.api.rf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an estimator found for its units.
 *
 * @param arrays    named arrays with one row per unit (e.g. "awa": units x dimension, "awa_p": units x 1)
 * @param panels    for arrays holding receptive-field images, how many images of {@code dimension} values each
 *                  row holds and their titles (e.g. "excitatory" -> ["exc 1", "exc 2"]); NaN images are empty
 * @param predicted the units (by index) whose receptive field is significant, rebuilt as model units
 */
public record RfResult(Map<String, double[][]> arrays, Map<String, List<String>> panels,
        Map<Integer, PredictedUnit> predicted) {

    public RfResult {
        // kept in the estimator's order: it is the order of the arrays in rf.npz
        arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
        panels = Collections.unmodifiableMap(new LinkedHashMap<>(panels));
        predicted = Map.copyOf(predicted);
        Set<String> names = arrays.keySet();
        for (String p : panels.keySet()) {
            if (!names.contains(p)) {
                throw new IllegalArgumentException("panels name an array that is not there: " + p);
            }
        }
    }
}
