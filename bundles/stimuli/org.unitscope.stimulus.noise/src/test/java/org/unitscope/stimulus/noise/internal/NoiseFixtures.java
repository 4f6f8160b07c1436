package org.unitscope.stimulus.noise.internal;

import java.util.HashMap;
import java.util.Map;
import org.unitscope.api.Parameters;
import org.unitscope.api.stimulus.StimulusFormat;

/** Opening sequences from raw parameters as a run would, and the few statistics the tests share. */
final class NoiseFixtures {
    private NoiseFixtures() {
    }

    /** Opens the "noise" set with {@code keyValues} (name, value, name, value...) over the defaults. */
    static NoiseSequence open(StimulusFormat format, long seed, Object... keyValues) {
        Map<String, Object> raw = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            raw.put((String) keyValues[i], keyValues[i + 1]);
        }
        return (NoiseSequence) new NoiseStimulusSet().open(Parameters.resolve(new NoiseStimulusSet().info(), raw), format, seed);
    }

    /** Every stimulus of {@code sequence} rendered in one call. */
    static float[] renderAll(NoiseSequence sequence) {
        float[] out = new float[sequence.count() * sequence.format().pixelsPerStimulus()];
        sequence.render(0, sequence.count(), out, 0);
        return out;
    }

    static double mean(float[] x) {
        double s = 0;
        for (float v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double sd(float[] x) {
        double m = mean(x);
        double s = 0;
        for (float v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / x.length);
    }

    /** Pearson correlation of two equally long samples. */
    static double correlation(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
