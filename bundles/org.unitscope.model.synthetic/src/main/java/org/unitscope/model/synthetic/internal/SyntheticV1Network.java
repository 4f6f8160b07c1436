package org.unitscope.model.synthetic.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.math.gabor.Gabor;

/**
 * The ground-truth network: one layer of simple cells, ReLU(G . s), and one of complex cells,
 * sqrt((G0 . s)^2 + (G90 . s)^2), over the same grayscale input. Both are ordinary DJL layers (a convolution
 * with fixed Gabor weights and a nonlinearity), so they run through the same probe path as any network.
 * Unit k of each layer has orientation {@code orientations[k / sfs.length]} and SF {@code sfs[k % sfs.length]}.
 */
public final class SyntheticV1Network {
    public static final String SIMPLE = "simple";
    public static final String COMPLEX = "complex";

    private final int rf;
    private final double sigmaCycles;
    private final List<Gabor> simple = new ArrayList<>();
    private final List<Gabor> complex = new ArrayList<>();

    public SyntheticV1Network(int rf, double[] orientations, double[] sfs, double sigmaCycles) {
        if (rf < 3 || rf % 2 == 0) {
            throw new IllegalArgumentException("rf must be odd and >= 3, not " + rf);
        }
        this.rf = rf;
        this.sigmaCycles = sigmaCycles;
        int k = 0;
        for (double o : orientations) {
            for (double f : sfs) {
                if (f <= 0 || f > 0.5) {
                    throw new IllegalArgumentException("sfs must be in (0, 0.5] cycles/pixel, not " + f);
                }
                double sigma = sigmaCycles / f;
                // simple cells cycle through four phases so that phase invariance is not assumed anywhere
                simple.add(new Gabor(o, f, 90.0 * (k % 4), sigma, 0, 0));
                complex.add(new Gabor(o, f, 0, sigma, 0, 0));
                k++;
            }
        }
    }

    public int rf() {
        return rf;
    }

    public int units() {
        return simple.size();
    }

    /** Builds the DJL block: input (n, 1, h, w) -> [simple (n, U, h, w), complex (n, U, h, w)]. */
    public Block build(NDManager manager, int inputSize) {
        int u = units();
        Block simpleConv = conv(u);
        Block complexConv = conv(2 * u);
        SequentialBlock simpleBranch = new SequentialBlock().add(simpleConv).add(Activation::relu);
        SequentialBlock complexBranch = new SequentialBlock().add(complexConv).add(new LambdaBlock(list -> {
            NDArray q = list.singletonOrThrow();
            Shape s = q.getShape();
            // channels are (unit, quadrature) pairs: square, sum each pair, square root
            return new NDList(q.square().reshape(s.get(0), u, 2, s.get(2), s.get(3)).sum(new int[] {2}).sqrt());
        }, "energy"));
        ParallelBlock net = new ParallelBlock(branches -> {
            NDList out = new NDList();
            for (NDList b : branches) {
                out.add(b.singletonOrThrow());
            }
            return out;
        }, List.of(simpleBranch, complexBranch));
        net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, inputSize, inputSize));
        simpleConv.getParameters().get("weight").getArray().set(kernels(simple, false));
        complexConv.getParameters().get("weight").getArray().set(kernels(complex, true));
        return net;
    }

    private Block conv(int filters) {
        return Conv2d.builder().setKernelShape(new Shape(rf, rf)).setFilters(filters)
                .optPadding(new Shape(rf / 2, rf / 2)).optBias(false).build();
    }

    private float[] kernels(List<Gabor> gabors, boolean quadraturePairs) {
        int n = rf * rf;
        float[] w = new float[gabors.size() * n * (quadraturePairs ? 2 : 1)];
        int off = 0;
        for (Gabor g : gabors) {
            System.arraycopy(g.kernel(rf), 0, w, off, n);
            off += n;
            if (quadraturePairs) {
                System.arraycopy(g.quadrature().kernel(rf), 0, w, off, n);
                off += n;
            }
        }
        return w;
    }

    /** True parameters of a unit, as written to the units table ("true_" columns). */
    public Map<String, Double> truth(String layer, int unit) {
        Gabor g = (SIMPLE.equals(layer) ? simple : complex).get(unit);
        Map<String, Double> t = new LinkedHashMap<>();
        t.put("orientation_deg", g.orientationDeg());
        t.put("sf_cpp", g.sfCyclesPerPixel());
        if (SIMPLE.equals(layer)) {
            t.put("phase_deg", g.phaseDeg());
        }
        t.put("sigma_px", g.sigma());
        return t;
    }

    public double sigmaCycles() {
        return sigmaCycles;
    }
}
