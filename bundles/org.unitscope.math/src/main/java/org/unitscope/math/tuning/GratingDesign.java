package org.unitscope.math.tuning;

/**
 * Which grating each stimulus was, recovered from its label columns, so that responses can be tabulated by
 * condition whatever order (and however many repeats) the stimuli were shown in. The design must be complete:
 * every orientation x SF x phase combination present at least once, otherwise averages over phase would mix
 * different phase sets per condition.
 */
public final class GratingDesign {

    private final LabelAxis orientation;
    private final LabelAxis sf;
    private final LabelAxis phase;
    private final int stimulusCount;

    private GratingDesign(LabelAxis orientation, LabelAxis sf, LabelAxis phase, int stimulusCount) {
        this.orientation = orientation;
        this.sf = sf;
        this.phase = phase;
        this.stimulusCount = stimulusCount;
    }

    /** Design from three label columns with one entry per stimulus (same length, non-empty, finite). */
    public static GratingDesign of(double[] orientation, double[] sf, double[] phase) {
        if (orientation == null || sf == null || phase == null) {
            throw new IllegalArgumentException("label columns must not be null");
        }
        int n = orientation.length;
        if (n == 0 || sf.length != n || phase.length != n) {
            throw new IllegalArgumentException("label columns must be non-empty and equally long: " + n + ", "
                    + sf.length + ", " + phase.length);
        }
        GratingDesign design = new GratingDesign(new LabelAxis("orientation", orientation),
                new LabelAxis("sf", sf), new LabelAxis("phase", phase), n);
        design.requireComplete();
        return design;
    }

    private void requireComplete() {
        boolean[][][] seen = new boolean[sf.size()][orientation.size()][phase.size()];
        for (int k = 0; k < stimulusCount; k++) {
            seen[sf.indexOf(k)][orientation.indexOf(k)][phase.indexOf(k)] = true;
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

    /** Number of stimuli (label rows). */
    public int stimulusCount() {
        return stimulusCount;
    }

    /** Index into {@link #orientations()} of stimulus {@code k}. */
    public int orientationIndexOf(int k) {
        return orientation.indexOf(checked(k));
    }

    /** Index into {@link #sfs()} of stimulus {@code k}. */
    public int sfIndexOf(int k) {
        return sf.indexOf(checked(k));
    }

    /** Index into {@link #phases()} of stimulus {@code k}. */
    public int phaseIndexOf(int k) {
        return phase.indexOf(checked(k));
    }

    private int checked(int k) {
        if (k < 0 || k >= stimulusCount) {
            throw new IndexOutOfBoundsException("stimulus " + k + " outside [0, " + stimulusCount + ")");
        }
        return k;
    }

    /** One unit's responses, one per stimulus in label order, grouped by condition. */
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
        for (int k = 0; k < stimulusCount; k++) {
            sum[sf.indexOf(k)][orientation.indexOf(k)][phase.indexOf(k)] += responses[k];
            count[sf.indexOf(k)][orientation.indexOf(k)][phase.indexOf(k)]++;
        }
        double[][][] perPhase = new double[nSf][nOri][nPhase];
        for (int s = 0; s < nSf; s++) {
            for (int o = 0; o < nOri; o++) {
                for (int p = 0; p < nPhase; p++) {
                    perPhase[s][o][p] = sum[s][o][p] / count[s][o][p];
                }
            }
        }
        return new GratingResponses(orientation.levels(), sf.levels(), perPhase, responses);
    }
}
