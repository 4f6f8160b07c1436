package org.unitscope.djl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.model.InputCrop;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfGeometry;

/**
 * The smallest input crop that gives the read-out units of every requested layer exactly the activations
 * they have on the full image. The crop covers the union of their receptive fields; its origin is a multiple
 * of the largest jump (so every pooling grid stays aligned); where a receptive field runs past the image
 * border, the crop keeps that border (so zero padding falls where it falls on the full image). When no such
 * crop exists the plan is the full image. Works per axis; the crop is square.
 *
 * @param originRow first input row of the crop
 * @param originCol first input column of the crop
 * @param size side of the crop in pixels
 * @param units per layer, {row, col} of the read-out unit in the layer's map computed on the crop, or null for
 *        the spatial-mean readout
 */
public record CropPlan(int originRow, int originCol, int size, Map<String, int[]> units) {

    /** The whole image, reading out the given units (or the mean) of maps of full size. */
    public static CropPlan full(List<LayerInfo> layers, int inputSize, Readout readout) {
        Map<String, int[]> units = new LinkedHashMap<>();
        for (LayerInfo l : layers) {
            units.put(l.name(), readout.mode() == Readout.Mode.MEAN ? null : unit(l, readout));
        }
        return new CropPlan(0, 0, inputSize, units);
    }

    public static CropPlan of(List<LayerInfo> layers, int inputSize, Readout readout) {
        if (readout.mode() == Readout.Mode.MEAN || layers.isEmpty()) {
            return full(layers, inputSize, readout);
        }
        int jump = layers.stream().mapToInt(l -> l.rf().jump()).max().orElse(1);
        int[] rows = axis(layers, inputSize, readout, jump, 0);
        int[] cols = axis(layers, inputSize, readout, jump, 1);
        int size = Math.max(rows[1] - rows[0], cols[1] - cols[0]);
        int originRow = fit(rows, size, inputSize, jump);
        int originCol = fit(cols, size, inputSize, jump);
        if (originRow < 0 || originCol < 0) {
            return full(layers, inputSize, readout);
        }
        Map<String, int[]> units = new LinkedHashMap<>();
        for (LayerInfo l : layers) {
            int[] u = unit(l, readout);
            units.put(l.name(), new int[] {u[0] - originRow / l.rf().jump(), u[1] - originCol / l.rf().jump()});
        }
        return new CropPlan(originRow, originCol, size, units);
    }

    /** {begin, end} of the needed input interval along one axis, aligned as described above. */
    private static int[] axis(List<LayerInfo> layers, int n, Readout readout, int jump, int which) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (LayerInfo l : layers) {
            RfGeometry g = l.rf();
            double centre = g.centreOf(unit(l, readout)[which]);
            lo = Math.min(lo, centre - (g.size() - 1) / 2.0);
            hi = Math.max(hi, centre + (g.size() - 1) / 2.0);
        }
        int begin = lo <= 0 ? 0 : (int) Math.floor(lo / jump) * jump;
        int end = hi >= n - 1 ? n : Math.min(n, begin + (int) Math.ceil((Math.ceil(hi) + 1 - begin) / jump) * jump);
        return new int[] {begin, end};
    }

    /** Origin along an axis for a crop of {@code size}, or -1 if no aligned origin keeps it inside the image. */
    private static int fit(int[] interval, int size, int n, int jump) {
        int origin = interval[0];
        if (origin + size > n) {
            origin = n - size;
        }
        boolean touchesEnd = interval[1] == n;
        if (origin < 0 || origin % jump != 0 || (touchesEnd && origin + size != n)) {
            return -1;
        }
        return origin;
    }

    private static int[] unit(LayerInfo l, Readout readout) {
        if (readout.mode() == Readout.Mode.POSITION && (readout.row() >= l.mapSize() || readout.col() >= l.mapSize())) {
            throw new IllegalArgumentException("readout position " + readout + " is outside " + l.name() + "'s "
                    + l.mapSize() + "x" + l.mapSize() + " map");
        }
        return new int[] {readout.rowIn(l.mapSize()), readout.colIn(l.mapSize())};
    }

    /** Where the crop lies in the full input: what the probe reports, so that windows follow from the geometry. */
    public InputCrop crop() {
        return new InputCrop(originRow, originCol, size);
    }

    /** Whether the plan crops at all. */
    public boolean crops(int inputSize) {
        return size < inputSize;
    }

    /** Copies the crop out of full images (n x channels x inputSize x inputSize) into n x channels x size x size. */
    public float[] cut(float[] full, int n, int channels, int inputSize) {
        float[] out = new float[n * channels * size * size];
        for (int k = 0; k < n * channels; k++) {
            for (int r = 0; r < size; r++) {
                System.arraycopy(full, (k * inputSize + originRow + r) * inputSize + originCol, out, (k * size + r) * size, size);
            }
        }
        return out;
    }
}
