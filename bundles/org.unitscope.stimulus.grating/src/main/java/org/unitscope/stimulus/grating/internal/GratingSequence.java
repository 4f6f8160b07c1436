package org.unitscope.stimulus.grating.internal;

import java.util.List;
import java.util.Map;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.math.grating.Aperture;
import org.unitscope.math.grating.GratingGrid;

/** The grid's gratings in index order, the same luminance in every channel. Deterministic: no seed needed. */
final class GratingSequence implements StimulusSequence {
    private final GratingGrid grid;
    private final double contrast;
    private final double mean;
    private final Aperture aperture;
    private final StimulusFormat format;
    private final LabelTable labels;

    GratingSequence(GratingGrid grid, double contrast, double mean, Aperture aperture, StimulusFormat format) {
        this.grid = grid;
        this.contrast = contrast;
        this.mean = mean;
        this.aperture = aperture;
        this.format = format;
        int n = grid.size();
        double[] ori = new double[n];
        double[] sf = new double[n];
        double[] phase = new double[n];
        double[] cyclesPerRf = new double[n];
        for (int i = 0; i < n; i++) {
            ori[i] = grid.orientation(i);
            sf[i] = grid.sf(i);
            phase[i] = grid.phase(i);
            cyclesPerRf[i] = sf[i] * format.rfSize();
        }
        this.labels = new LabelTable(List.of("orientation", "sf", "phase", "sf_cycles_per_rf"),
                new double[][] {ori, sf, phase, cyclesPerRf}, Map.of());
    }

    @Override
    public StimulusFormat format() {
        return format;
    }

    @Override
    public int count() {
        return grid.size();
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
            grid.grating(from + k, contrast, mean).render(side, aperture, dst, base);
            for (int c = 1; c < format.channels(); c++) {
                System.arraycopy(dst, base, dst, base + c * plane, plane);
            }
        }
    }
}
