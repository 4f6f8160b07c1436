package org.unitscope.spi.grating;

import org.osgi.annotation.versioning.ProviderType;
import org.unitscope.math.tuning.GratingResponses;

/**
 * One unit's responses to a grating design, averaged over repeats per condition. Phase is collapsed by the mean or
 * by the maximum; the best condition is the largest phase-averaged response (the first, SF outer, on ties).
 */
@ProviderType
public final class GratingUnit {
    private final GratingResponses responses;

    GratingUnit(GratingResponses responses) {
        this.responses = responses;
    }

    /** [sf][orientation]: the mean over phases. */
    public double[][] meanOverPhase() {
        return responses.meanOverPhase();
    }

    /** [sf][orientation]: the largest over phases. */
    public double[][] maxOverPhase() {
        return responses.maxOverPhase();
    }

    /** SF index of the best condition. */
    public int bestSfIndex() {
        return responses.bestSfIndex();
    }

    /** Orientation index of the best condition. */
    public int bestOrientationIndex() {
        return responses.bestOrientationIndex();
    }

    /** Phase-averaged response at the best condition. */
    public double bestResponse() {
        return responses.bestResponse();
    }

    /** Orientation tuning curve at the best SF (phase-averaged), in the order of the design's orientations. */
    public double[] orientationCurve() {
        return responses.orientationCurve();
    }

    /** Orientation curve at the best SF, each orientation at its best phase. */
    public double[] orientationCurveMaxOverPhase() {
        return responses.orientationCurveMaxOverPhase();
    }

    /** SF tuning curve at the best orientation (phase-averaged), in the order of the design's SFs. */
    public double[] sfCurve() {
        return responses.sfCurve();
    }

    /** Responses over phase at the best condition, in the order of {@link #phases()}. */
    public double[] phaseCurve() {
        return responses.phaseCurve();
    }

    /** The design's distinct phases in degrees, ascending. */
    public double[] phases() {
        return responses.phases();
    }
}
