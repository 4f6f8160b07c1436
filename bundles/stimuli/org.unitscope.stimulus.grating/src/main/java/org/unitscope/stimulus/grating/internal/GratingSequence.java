package org.unitscope.stimulus.grating.internal;

import java.util.List;
import java.util.Map;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.math.grating.Aperture;
import org.unitscope.math.grating.GratingGrid;

/**
 * The grid's gratings in index order, then (optionally) one blank screen at the mean luminance; the same luminance
 * in every channel. Deterministic: no seed needed.
 */
final class GratingSequence implements StimulusSequence {
    private final GratingGrid grid;
    private final double contrast;
    private final double mean;
    private final Aperture aperture;
    private final StimulusFormat format;
    private final LabelTable labels;
    private final int count;

    GratingSequence(GratingGrid grid, double contrast, double mean, Aperture aperture, StimulusFormat format, boolean blank) {
        this.grid = grid;
        this.contrast = contrast;
        this.mean = mean;
        this.aperture = aperture;
        this.format = format;
        this.count = grid.size() + (blank ? 1 : 0);
        double[] ori = new double[count];
        double[] sf = new double[count];
        double[] phase = new double[count];
        double[] isBlank = new double[count];
        for (int i = 0; i < count; i++) {
            boolean b = i >= grid.size();
            ori[i] = b ? Double.NaN : grid.orientation(i);
            sf[i] = b ? Double.NaN : grid.sf(i);
            phase[i] = b ? Double.NaN : grid.phase(i);
            isBlank[i] = b ? 1 : 0;
        }
        this.labels = new LabelTable(List.of("orientation", "sf", "phase", "blank"),
                new double[][] {ori, sf, phase, isBlank}, Map.of());
    }

    @Override
    public StimulusFormat format() {
        return format;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public LabelTable labels() {
        return labels;
    }

    @Override
    public void render(int from, int n, float[] dst, int offset) {
        int side = format.size();
        int plane = side * side;
        for (int k = 0; k < n; k++) {
            int base = offset + k * plane * format.channels();
            if (from + k >= grid.size()) {
                java.util.Arrays.fill(dst, base, base + plane, (float) mean);
            } else {
                grid.grating(from + k, contrast, mean).render(side, aperture, dst, base);
            }
            for (int c = 1; c < format.channels(); c++) {
                System.arraycopy(dst, base, dst, base + c * plane, plane);
            }
        }
    }
}
