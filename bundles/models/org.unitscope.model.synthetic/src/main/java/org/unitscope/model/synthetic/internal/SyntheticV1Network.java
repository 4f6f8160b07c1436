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
import org.unitscope.api.model.LayerOp;
import org.unitscope.math.gabor.DifferenceOfGaussians;
import org.unitscope.math.gabor.Gabor;

/**
 * The ground-truth network, four layers over the same grayscale input, each an ordinary DJL layer (a convolution
 * with fixed weights and a nonlinearity), so they run through the same probe path as any network:
 * <ul>
 * <li>{@code simple}: ReLU(G . s), Gabor filters;</li>
 * <li>{@code complex}: energy model sqrt((G0 . s)^2 + (G90 . s)^2);</li>
 * <li>{@code plaid}: two equal orthogonal peaks, the sum of the energy models at orientations t and t + 90
 * (same SF and envelope);</li>
 * <li>{@code dog}: untuned centre-surround units ReLU(DoG . s) whose SF response peaks at the unit's SF.</li>
 * </ul>
 * Unit k of simple, complex and plaid has orientation {@code orientations[k / sfs.length]} and SF
 * {@code sfs[k % sfs.length]}; unit k of dog has SF {@code sfs[k]}. All kernels are {@code rf x rf}.
 *
 * <p>Where the truth holds: a Gabor keeps at least 99 % of its energy inside the kernel for
 * f >= 4.1 sigmaCycles / rf (0.06 c/px at rf 31 and sigmaCycles 0.45); a DoG (surround ratio 1.6) peaks within
 * 0.01 octave of its SF for 1.7 / (rf - 1) <= f <= 0.2 c/px (0.056 to 0.2 at rf 31). The default SFs 0.08 and 0.15
 * lie inside both ranges at rf 31. Outside them the network still runs, but the kernel cuts the filter and the
 * recorded truth is only approximate.
 */
public final class SyntheticV1Network {
    public static final String SIMPLE = "simple";
    public static final String COMPLEX = "complex";
    public static final String PLAID = "plaid";
    public static final String DOG = "dog";
    /** Surround / centre sigma of the DoG units: near Marr and Hildreth's 1.6, a DoG close to a Laplacian of Gaussian. */
    public static final double DOG_SURROUND_RATIO = 1.6;
    /** A plaid unit's two peaks are equal, so R_orth = R_pref. */
    public static final double PLAID_EXPECTED_OSI = 0.0;
    /**
     * The plaid unit is invariant to a 90 degree rotation, so on an orientation grid closed under +90 degrees (an
     * even number of evenly spaced orientations) r(t + 90) = r(t) and the doubled-angle vector sum cancels.
     */
    public static final double PLAID_EXPECTED_CIRC_VAR = 1.0;

    private final int rf;
    private final double sigmaCycles;
    private final List<Gabor> simple = new ArrayList<>();
    private final List<Gabor> complex = new ArrayList<>();
    /** The two orthogonal components of each plaid unit, first at the unit's orientation. */
    private final List<Gabor> plaid = new ArrayList<>();
    private final List<DifferenceOfGaussians> dog = new ArrayList<>();

    public SyntheticV1Network(int rf, double[] orientations, double[] sfs, double sigmaCycles) {
        if (rf < 3 || rf % 2 == 0) {
            throw new IllegalArgumentException("rf must be odd and >= 3, not " + rf);
        }
        this.rf = rf;
        this.sigmaCycles = sigmaCycles;
        for (double f : sfs) {
            if (f <= 0 || f > 0.5) {
                throw new IllegalArgumentException("sfs must be in (0, 0.5] cycles/pixel, not " + f);
            }
            dog.add(DifferenceOfGaussians.withPeakSf(f, DOG_SURROUND_RATIO));
        }
        int k = 0;
        for (double o : orientations) {
            for (double f : sfs) {
                double sigma = sigmaCycles / f;
                // simple cells cycle through four phases so that phase invariance is not assumed anywhere
                simple.add(new Gabor(o, f, 90.0 * (k % 4), sigma, 0, 0));
                complex.add(new Gabor(o, f, 0, sigma, 0, 0));
                plaid.add(new Gabor(o, f, 0, sigma, 0, 0));
                plaid.add(new Gabor(orthogonal(o), f, 0, sigma, 0, 0));
                k++;
            }
        }
    }

    private static double orthogonal(double orientationDeg) {
        return ((orientationDeg + 90.0) % 180.0 + 180.0) % 180.0;
    }

    public int rf() {
        return rf;
    }

    /** Every layer's one spatial operation, an rf x rf convolution of the input that keeps its size: conv and geometry. */
    public LayerOp kernel() {
        return new LayerOp(rf, 1, rf / 2);
    }

    /** Units of each oriented layer (simple, complex, plaid): one per (orientation, SF). */
    public int units() {
        return simple.size();
    }

    /** The layers in the order the block returns their maps. */
    public List<String> layers() {
        return List.of(SIMPLE, COMPLEX, PLAID, DOG);
    }

    /** Units of {@code layer}: one per (orientation, SF), or one per SF for the untuned DoG layer. */
    public int channels(String layer) {
        return switch (layer) {
            case SIMPLE, COMPLEX, PLAID -> units();
            case DOG -> dog.size();
            default -> throw noSuchLayer(layer);
        };
    }

    private IllegalArgumentException noSuchLayer(String layer) {
        return new IllegalArgumentException("synthetic-v1 has no layer '" + layer + "'; it has " + layers());
    }

    /** Builds the DJL block of every layer: input (n, 1, h, w) -> one (n, channels, h, w) map per layer. */
    public Block build(NDManager manager, int inputSize) {
        return build(manager, inputSize, layers());
    }

    /**
     * Builds the DJL block of {@code wanted} (a non-empty selection of {@link #layers()}): one (n, channels, h, w)
     * map per layer in that order. The layers share nothing, so leaving one out changes no other layer's output.
     */
    public Block build(NDManager manager, int inputSize, List<String> wanted) {
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("no layer to build");
        }
        List<Branch> branches = wanted.stream().map(this::branch).toList();
        ParallelBlock net = new ParallelBlock(maps -> {
            NDList out = new NDList();
            for (NDList m : maps) {
                out.add(m.singletonOrThrow());
            }
            return out;
        }, branches.stream().map(Branch::block).toList());
        net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, inputSize, inputSize));
        for (Branch b : branches) {
            b.conv().getParameters().get("weight").getArray().set(b.weights());
        }
        return net;
    }

    /** One layer: a convolution with fixed {@code weights}, then the layer's nonlinearity. */
    private record Branch(Block conv, Block block, float[] weights) {
    }

    private Branch branch(String layer) {
        int u = units();
        return switch (layer) {
            case SIMPLE -> branch(conv(u), kernels(simple, false), Activation.reluBlock());
            case COMPLEX -> branch(conv(2 * u), kernels(complex, true), energy(u));
            // filters are (unit, component, quadrature): the energy of each component, then the two summed
            case PLAID -> branch(conv(4 * u), kernels(plaid, true), energy(2 * u), pairSum(u));
            case DOG -> branch(conv(dog.size()), dogKernels(), Activation.reluBlock());
            default -> throw noSuchLayer(layer);
        };
    }

    private static Branch branch(Block conv, float[] weights, Block... nonlinearity) {
        SequentialBlock block = new SequentialBlock().add(conv);
        for (Block b : nonlinearity) {
            block.add(b);
        }
        return new Branch(conv, block, weights);
    }

    private Block conv(int filters) {
        LayerOp k = kernel();
        return Conv2d.builder().setKernelShape(new Shape(k.kernel(), k.kernel())).optStride(new Shape(k.stride(), k.stride()))
                .setFilters(filters).optPadding(new Shape(k.padding(), k.padding())).optBias(false).build();
    }

    /** Channels are (unit, quadrature) pairs: square, sum each pair, square root. */
    private static Block energy(int units) {
        return new LambdaBlock(list -> {
            NDArray q = list.singletonOrThrow();
            Shape s = q.getShape();
            return new NDList(q.square().reshape(s.get(0), units, 2, s.get(2), s.get(3)).sum(new int[] {2}).sqrt());
        }, "energy");
    }

    /** Channels are (unit, orthogonal component) pairs: sum each pair. */
    private static Block pairSum(int units) {
        return new LambdaBlock(list -> {
            NDArray e = list.singletonOrThrow();
            Shape s = e.getShape();
            return new NDList(e.reshape(s.get(0), units, 2, s.get(2), s.get(3)).sum(new int[] {2}));
        }, "orthogonal-sum");
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

    private float[] dogKernels() {
        int n = rf * rf;
        float[] w = new float[dog.size() * n];
        for (int k = 0; k < dog.size(); k++) {
            System.arraycopy(dog.get(k).kernel(rf), 0, w, k * n, n);
        }
        return w;
    }

    /** True parameters of a unit, as written to the units table ("true_" columns). */
    public Map<String, Double> truth(String layer, int unit) {
        return switch (layer) {
            case SIMPLE -> gaborTruth(simple.get(unit), true);
            case COMPLEX -> gaborTruth(complex.get(unit), false);
            case PLAID -> plaidTruth(plaid.get(2 * unit), plaid.get(2 * unit + 1));
            case DOG -> dogTruth(dog.get(unit));
            default -> throw noSuchLayer(layer);
        };
    }

    private static Map<String, Double> gaborTruth(Gabor g, boolean withPhase) {
        Map<String, Double> t = new LinkedHashMap<>();
        t.put("orientation_deg", g.orientationDeg());
        t.put("sf_cpp", g.sfCyclesPerPixel());
        if (withPhase) {
            t.put("phase_deg", g.phaseDeg());
        }
        t.put("sigma_px", g.sigma());
        return t;
    }

    private static Map<String, Double> plaidTruth(Gabor first, Gabor second) {
        Map<String, Double> t = new LinkedHashMap<>();
        t.put("orientation_deg", first.orientationDeg());
        t.put("second_orientation_deg", second.orientationDeg());
        t.put("sf_cpp", first.sfCyclesPerPixel());
        t.put("sigma_px", first.sigma());
        t.put("expected_osi", PLAID_EXPECTED_OSI);
        t.put("expected_circ_var", PLAID_EXPECTED_CIRC_VAR);
        return t;
    }

    private static Map<String, Double> dogTruth(DifferenceOfGaussians d) {
        Map<String, Double> t = new LinkedHashMap<>();
        t.put("sf_cpp", d.peakSfCyclesPerPixel());
        t.put("sigma_c_px", d.sigmaCentre());
        t.put("sigma_s_px", d.sigmaSurround());
        return t;
    }

    public double sigmaCycles() {
        return sigmaCycles;
    }
}
