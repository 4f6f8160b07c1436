package org.unitscope.model.torchscript.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfGeometry;
import org.unitscope.djl.DjlRuntime;

/**
 * Receptive-field geometry of each layer measured on the network itself, for modules whose layers are unknown.
 *
 * <p><b>Method.</b> Let {@code N} be the input side and, per layer, {@code c = (mapSize - 1) / 2} the centre index.
 * Three units are watched: (c, c), its right neighbour (c, c+1) and its lower neighbour (c+1, c). In each of
 * {@value #TRIALS} trials a seeded random background in [0, 1) is shown alone and with a line impulse of amplitude
 * &plusmn;{@value #AMPLITUDE} added to one whole input column (N images) or one whole row (N images). A line, not a
 * point, so that it crosses the unit's field whatever row (column) that field covers. Column {@code x} belongs to
 * the horizontal extent of a unit's field if, in any trial, any channel of the unit changes by more than
 * {@value #TOLERANCE} times the largest |value| the unit takes in that trial (relative, so that the test does not
 * depend on the network's scale; above float rounding). Rows likewise, for the vertical extent.
 *
 * <p>The sign of the impulse alternates between trials and between input channels, so that every channel is pushed
 * both ways: a ReLU that a push one way silences, or a max-pool that it does not reach, is opened by the other.
 *
 * <p><b>Geometry.</b> With [lo, hi] the extent of the columns that change unit (c, c): size = hi - lo + 1,
 * centre(c) = (lo + hi) / 2; jump = centre(c+1) - centre(c) (must be a whole number >= 1);
 * start = centre(c) - c * jump, the convention of {@link RfGeometry}. Rows must give the same numbers (the API has
 * one geometry for both axes). An extent that reaches the image border may be cut by it, so it is refused with a
 * message suggesting the {@code rf} parameter or a larger {@code inputSize}.
 *
 * <p><b>Cost.</b> {@value #TRIALS} x (2N + 1) forward passes, batched; give {@code rf} to skip it for large
 * networks.
 */
final class ImpulseGeometry {
    static final int TRIALS = 3;
    static final float AMPLITUDE = 100f;
    static final double TOLERANCE = 1e-6;
    private static final long SEED = 20240601L;
    /** Input values per forward batch: bounds native memory for large inputs. */
    private static final int BATCH_VALUES = 1 << 22;
    private static final int MAX_BATCH = 64;

    /** The watched units, by their offset from (c, c): centre, right neighbour, lower neighbour. */
    private static final int CENTRE = 0;
    private static final int RIGHT = 1;
    private static final int BELOW = 2;

    private final ScriptNetwork network;
    private final int channels;
    private final int side;

    ImpulseGeometry(ScriptNetwork network, int channels, int side) {
        this.network = network;
        this.channels = channels;
        this.side = side;
    }

    /** One geometry per layer, in the order of {@code shapes} (the module's outputs). */
    List<RfGeometry> measure(List<ScriptNetwork.MapShape> shapes) {
        List<String> layers = network.layers();
        for (int l = 0; l < shapes.size(); l++) {
            if (shapes.get(l).side() < 2) {
                throw new UnitscopeException(network.file() + ": layer '" + layers.get(l) + "' has a 1x1 map, so the shift "
                        + "between neighbouring units (jump) cannot be measured; give parameter 'rf'");
            }
        }
        // hits[layer][unit][axis][x]: axis 0 = columns, 1 = rows
        boolean[][][][] hits = new boolean[shapes.size()][3][2][side];
        for (int t = 0; t < TRIALS; t++) {
            trial(t, shapes, hits);
        }
        List<RfGeometry> out = new ArrayList<>();
        for (int l = 0; l < shapes.size(); l++) {
            int c = Readout.centreIndex(shapes.get(l).side());
            String layer = layers.get(l);
            RfGeometry cols = axis(layer, "column", c, hits[l][CENTRE][0], hits[l][RIGHT][0]);
            RfGeometry rows = axis(layer, "row", c, hits[l][CENTRE][1], hits[l][BELOW][1]);
            if (!cols.equals(rows)) {
                throw new UnitscopeException(network.file() + ": layer '" + layer + "' has a different receptive field along "
                        + "columns " + text(cols) + " than along rows " + text(rows) + "; give parameter 'rf'");
            }
            out.add(cols);
        }
        return out;
    }

    /** Background alone (image 0), then column lines (1..N), then row lines (N+1..2N); marks the changed units. */
    private void trial(int t, List<ScriptNetwork.MapShape> shapes, boolean[][][][] hits) {
        float[] background = new float[channels * side * side];
        Random random = new Random(SEED + t);
        for (int i = 0; i < background.length; i++) {
            background[i] = random.nextFloat();
        }
        float[] amplitude = new float[channels];
        for (int ch = 0; ch < channels; ch++) {
            amplitude[ch] = (t + ch) % 2 == 0 ? AMPLITUDE : -AMPLITUDE;
        }
        int images = 2 * side + 1;
        // values[layer][image][channel * 3 + unit]
        float[][][] values = new float[shapes.size()][images][];
        int perBatch = Math.max(1, Math.min(MAX_BATCH, BATCH_VALUES / background.length));
        for (int first = 0; first < images; first += perBatch) {
            int n = Math.min(perBatch, images - first);
            float[] batch = new float[n * background.length];
            for (int k = 0; k < n; k++) {
                image(first + k, background, amplitude, batch, k * background.length);
            }
            readUnits(batch, n, shapes, values, first);
        }
        for (int l = 0; l < shapes.size(); l++) {
            mark(values[l], shapes.get(l).channels(), hits[l]);
        }
    }

    private void image(int k, float[] background, float[] amplitude, float[] into, int offset) {
        System.arraycopy(background, 0, into, offset, background.length);
        boolean column = k >= 1 && k <= side;
        boolean row = k > side;
        int line = column ? k - 1 : k - side - 1;
        for (int ch = 0; ch < channels && k > 0; ch++) {
            for (int i = 0; i < side; i++) {
                int r = row ? line : i;
                int x = column ? line : i;
                into[offset + (ch * side + r) * side + x] += amplitude[ch];
            }
        }
    }

    /** One forward pass; copies the three watched units of every layer out of the maps. */
    private void readUnits(float[] batch, int n, List<ScriptNetwork.MapShape> shapes, float[][][] values, int first) {
        DjlRuntime.call(() -> {
            try (NDManager m = network.manager().newSubManager()) {
                NDList maps = network.forward(m.create(batch, new Shape(n, channels, side, side)));
                for (int l = 0; l < shapes.size(); l++) {
                    int c = Readout.centreIndex(shapes.get(l).side());
                    NDArray map = maps.get(l);
                    NDArray units = NDArrays.stack(new NDList(
                            map.get(new NDIndex(":, :, {}, {}", c, c)),
                            map.get(new NDIndex(":, :, {}, {}", c, c + 1)),
                            map.get(new NDIndex(":, :, {}, {}", c + 1, c))), 2);
                    float[] flat = units.toFloatArray();
                    int per = shapes.get(l).channels() * 3;
                    for (int k = 0; k < n; k++) {
                        float[] v = new float[per];
                        System.arraycopy(flat, k * per, v, 0, per);
                        values[l][first + k] = v;
                    }
                }
                return null;
            }
        });
    }

    /** Marks, per unit, the columns and rows whose line changed it in this trial. */
    private void mark(float[][] values, int layerChannels, boolean[][][] hits) {
        for (int unit = 0; unit < 3; unit++) {
            double scale = 0;
            for (float[] image : values) {
                for (int ch = 0; ch < layerChannels; ch++) {
                    scale = Math.max(scale, Math.abs(image[ch * 3 + unit]));
                }
            }
            double threshold = TOLERANCE * scale;
            for (int k = 1; k < values.length; k++) {
                double delta = 0;
                for (int ch = 0; ch < layerChannels; ch++) {
                    delta = Math.max(delta, Math.abs(values[k][ch * 3 + unit] - values[0][ch * 3 + unit]));
                }
                if (delta > threshold) {
                    int axis = k <= side ? 0 : 1;
                    hits[unit][axis][axis == 0 ? k - 1 : k - side - 1] = true;
                }
            }
        }
    }

    /** Geometry along one axis from the lines that changed unit c and its neighbour c+1. */
    private RfGeometry axis(String layer, String line, int c, boolean[] centre, boolean[] next) {
        int[] a = extent(layer, line, c, centre);
        int[] b = extent(layer, line, c + 1, next);
        int size = a[1] - a[0] + 1;
        if (b[1] - b[0] + 1 != size) {
            throw new UnitscopeException(network.file() + ": layer '" + layer + "': neighbouring units " + c + " and " + (c + 1)
                    + " have receptive fields of " + size + " and " + (b[1] - b[0] + 1) + " " + line + "s; give parameter 'rf'");
        }
        double shift = (b[0] + b[1]) / 2.0 - (a[0] + a[1]) / 2.0;
        if (shift < 1 || shift != Math.rint(shift)) {
            throw new UnitscopeException(network.file() + ": layer '" + layer + "': receptive fields of neighbouring units "
                    + "are " + shift + " " + line + "s apart, not a whole number >= 1; give parameter 'rf'");
        }
        int jump = (int) shift;
        return new RfGeometry(size, jump, (a[0] + a[1]) / 2.0 - c * jump);
    }

    /** {lo, hi} of the lines that changed unit {@code index}, refused when empty or touching the border. */
    private int[] extent(String layer, String line, int index, boolean[] hit) {
        int lo = -1;
        int hi = -1;
        for (int x = 0; x < hit.length; x++) {
            if (hit[x]) {
                lo = lo < 0 ? x : lo;
                hi = x;
            }
        }
        if (lo < 0) {
            throw new UnitscopeException(network.file() + ": layer '" + layer + "': no input " + line + " changes unit " + index
                    + " (silent in every trial?); give parameter 'rf'");
        }
        if (lo == 0 || hi == side - 1) {
            throw new UnitscopeException(network.file() + ": layer '" + layer + "': the receptive field of unit " + index
                    + " reaches the image border (" + line + "s " + lo + ".." + hi + " of 0.." + (side - 1)
                    + ") and may be cut by it; give parameter 'rf' or a larger 'inputSize'");
        }
        return new int[] {lo, hi};
    }

    static String text(RfGeometry g) {
        return g.size() + "/" + g.jump() + "/" + g.start();
    }
}
