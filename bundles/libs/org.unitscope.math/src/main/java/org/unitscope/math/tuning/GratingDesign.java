package org.unitscope.math.tuning;

/**
 * Which grating each stimulus was, recovered from its label columns, so that responses can be tabulated by
 * condition whatever order (and however many repeats) the stimuli were shown in. The design must be complete:
 * every orientation x SF x phase combination present at least once, otherwise averages over phase would mix
 * different phase sets per condition. A design may also hold blank stimuli (a uniform screen at the mean
 * luminance, flagged by a non-zero {@code blank} label), whose orientation, SF and phase labels are ignored (NaN).
 */
public final class GratingDesign {

    private final LabelAxis orientation;
    private final LabelAxis sf;
    private final LabelAxis phase;
    private final int stimulusCount;
    /** Stimulus index of each grating row of the axes, in stimulus order. */
    private final int[] gratingRows;
    private final int[] blankRows;

    private GratingDesign(double[] ori, double[] sfs, double[] phases, boolean[] blank) {
        this.stimulusCount = ori.length;
        int blanks = 0;
        for (boolean b : blank) {
            blanks += b ? 1 : 0;
        }
        this.gratingRows = new int[stimulusCount - blanks];
        this.blankRows = new int[blanks];
        for (int k = 0, g = 0, b = 0; k < stimulusCount; k++) {
            if (blank[k]) {
                blankRows[b++] = k;
            } else {
                gratingRows[g++] = k;
            }
        }
        if (gratingRows.length == 0) {
            throw new IllegalArgumentException("no grating among " + stimulusCount + " stimuli (all blank)");
        }
        this.orientation = new LabelAxis("orientation", pick(ori, gratingRows));
        this.sf = new LabelAxis("sf", pick(sfs, gratingRows));
        this.phase = new LabelAxis("phase", pick(phases, gratingRows));
    }

    /** Design from three label columns with one entry per stimulus (same length, non-empty, finite), no blank. */
    public static GratingDesign of(double[] orientation, double[] sf, double[] phase) {
        return of(orientation, sf, phase, null);
    }

    /**
     * Design from the label columns; {@code blank} (null: no blank) is non-zero for blank stimuli, whose other
     * labels may be NaN.
     */
    public static GratingDesign of(double[] orientation, double[] sf, double[] phase, double[] blank) {
        if (orientation == null || sf == null || phase == null) {
            throw new IllegalArgumentException("label columns must not be null");
        }
        int n = orientation.length;
        if (n == 0 || sf.length != n || phase.length != n || blank != null && blank.length != n) {
            throw new IllegalArgumentException("label columns must be non-empty and equally long: " + n + ", "
                    + sf.length + ", " + phase.length + (blank == null ? "" : ", " + blank.length));
        }
        boolean[] isBlank = new boolean[n];
        for (int k = 0; blank != null && k < n; k++) {
            isBlank[k] = blank[k] != 0;
        }
        GratingDesign design = new GratingDesign(orientation, sf, phase, isBlank);
        design.requireComplete();
        return design;
    }

    private static double[] pick(double[] column, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = column[rows[i]];
        }
        return out;
    }

    private void requireComplete() {
        boolean[][][] seen = new boolean[sf.size()][orientation.size()][phase.size()];
        for (int g = 0; g < gratingRows.length; g++) {
            seen[sf.indexOf(g)][orientation.indexOf(g)][phase.indexOf(g)] = true;
        }
        for (int s = 0; s < sf.size(); s++) {
            for (int o = 0; o < orientation.size(); o++) {
                for (int p = 0; p < phase.size(); p++) {
                    if (!seen[s][o][p]) {
                        throw new IllegalArgumentException("incomplete design: no stimulus at orientation "
                                + orientation.levels()[o] + ", sf " + sf.levels()[s] + ", phase "
                                + phase.levels()[p]);
                    }
                }
            }
        }
    }

    /** Distinct orientations, ascending. */
    public double[] orientations() {
        return orientation.levels();
    }

    /** Distinct spatial frequencies, ascending. */
    public double[] sfs() {
        return sf.levels();
    }

    /** Distinct phases, ascending. */
    public double[] phases() {
        return phase.levels();
    }

    public int phaseCount() {
        return phase.size();
    }

    /** Number of stimuli (label rows), blanks included. */
    public int stimulusCount() {
        return stimulusCount;
    }

    /** Number of blank stimuli. */
    public int blankCount() {
        return blankRows.length;
    }

    /** One unit's responses, one per stimulus in label order (blanks included), grouped by condition. */
    public GratingResponses tabulate(double[] responses) {
        if (responses == null || responses.length != stimulusCount) {
            throw new IllegalArgumentException("need " + stimulusCount + " responses, got "
                    + (responses == null ? "null" : responses.length));
        }
        Checks.finite("responses", responses);
        int nSf = sf.size();
        int nOri = orientation.size();
        int nPhase = phase.size();
        double[][][] sum = new double[nSf][nOri][nPhase];
        int[][][] count = new int[nSf][nOri][nPhase];
        double[] gratingResponses = new double[gratingRows.length];
        for (int g = 0; g < gratingRows.length; g++) {
            gratingResponses[g] = responses[gratingRows[g]];
            sum[sf.indexOf(g)][orientation.indexOf(g)][phase.indexOf(g)] += gratingResponses[g];
            count[sf.indexOf(g)][orientation.indexOf(g)][phase.indexOf(g)]++;
        }
        double[][][] perPhase = new double[nSf][nOri][nPhase];
        for (int s = 0; s < nSf; s++) {
            for (int o = 0; o < nOri; o++) {
                for (int p = 0; p < nPhase; p++) {
                    perPhase[s][o][p] = sum[s][o][p] / count[s][o][p];
                }
            }
        }
        double blank = Double.NaN;
        if (blankRows.length > 0) {
            blank = 0;
            for (int b : blankRows) {
                blank += responses[b] / blankRows.length;
            }
        }
        return new GratingResponses(orientation.levels(), sf.levels(), phase.levels(), perPhase, gratingResponses, blank);
    }
}
