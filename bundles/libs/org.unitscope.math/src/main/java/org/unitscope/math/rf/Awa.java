package org.unitscope.math.rf;

/**
 * Activation-weighted average of one unit (the spike-triggered average analogue):
 * AWA = sum a (s - m) / sum a, with m the ensemble mean, so that a unit ignoring its input gets ~0 and not
 * the mean stimulus.
 *
 * @param filter          the AWA, length d
 * @param activationSum   sum a over the stimuli (clamped activations)
 */
public record Awa(double[] filter, double activationSum) {

    /** AWA of unit {@code u}; throws when the unit was never active (sum a = 0): it has no weighted average. */
    public static Awa of(ActivationWeightedSums sums, int u) {
        sums.requireStimuli();
        double total = sums.activationSum(u);
        if (!(total > 0)) {
            throw new IllegalStateException("unit " + u + " was never active: no AWA");
        }
        double[] mean = sums.stimulusMean();
        double[] awa = sums.weightedStimulusSum(u);
        for (int j = 0; j < awa.length; j++) {
            awa[j] = awa[j] / total - mean[j];
        }
        return new Awa(awa, total);
    }
}
