package org.unitscope.math.tuning;

/** Shape of a spatial-frequency tuning curve, by which half-peak crossings it has inside the sampled range. */
public enum PassClass {
    /** Only a high cut-off: still at least half-peak at the lowest SF tested. */
    LOW_PASS("low-pass"),
    /** Falls below half its peak on both sides. */
    BAND_PASS("band-pass"),
    /** Only a low cut-off: still at least half-peak at the highest SF tested. */
    HIGH_PASS("high-pass"),
    /** Never falls below half its peak in the sampled range. */
    BROADBAND("broadband");

    private final String label;

    PassClass(String label) {
        this.label = label;
    }

    /** Human-readable name, as used in reports. */
    public String label() {
        return label;
    }
}
