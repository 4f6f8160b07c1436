package org.unitscope.model.vgg16.internal;

import java.util.SplittableRandom;
import org.unitscope.api.model.Preprocessing;

/**
 * The "untrained" control: He-normal kernels (std = sqrt(2 / fan_in), fan_in = in * 3 * 3) and zero biases,
 * drawn in Java from the seed, so the same seed gives the same network on any machine and engine.
 */
final class HeInitialization {
    private HeInitialization() {
    }

    static Vgg16Weights weights(Vgg16Topology topology, long seed) {
        Vgg16Weights w = new Vgg16Weights("untrained (He-normal, seed " + seed + ")", "untrained", null, Preprocessing.TORCH);
        SplittableRandom random = new SplittableRandom(seed);
        for (Vgg16Topology.Conv c : topology.convs()) {
            double std = Math.sqrt(2.0 / (c.in() * 9));
            float[] k = new float[c.out() * c.in() * 9];
            for (int i = 0; i < k.length; i++) {
                k[i] = (float) (gaussian(random) * std);
            }
            w.put(c.name(), new Vgg16Weights.Tensors(k, new float[c.out()], c.out(), c.in()));
        }
        return w;
    }

    /** Box-Muller: one standard normal variate (SplittableRandom has no nextGaussian on Java 17). */
    private static double gaussian(SplittableRandom r) {
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
