package org.unitscope.stimulus.noise.internal;

import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.stimulus.StimulusFormat;

/**
 * The checked parameters of a noise ensemble, with the contrast resolved to its per-type default.
 *
 * <p>Default contrasts and how often values are clipped to [0, 1] at mean 0.5 (Gaussian tails: the fraction
 * clipped is 2 Phi(-0.5 / sd)):
 * <ul>
 * <li>gaussian: sd 0.15, clips 0.086% of pixels (sd 0.5 would clip 31.7%, sd 0.2 1.2%);</li>
 * <li>pink: RMS 0.15; its pixels are near-Gaussian (a linear filter of Gaussian noise) and the per-stimulus RMS
 *     normalisation trims the tails a little: 0.064% clipped at 32 px, 0.072% at 92 px (measured, PinkNoiseTest);</li>
 * <li>binary, and blocked with binary values: amplitude 0.5, the full range, never clipped; binary values that
 *     would leave [0, 1] are refused, since clipping one level would make the two levels unequal;</li>
 * <li>blocked with Gaussian values: sd 0.15, as gaussian.</li>
 * </ul>
 */
record NoiseSettings(NoiseType type, int count, int block, BlockValues blockValues, boolean colour,
        double contrast, double mean, int size, double pinkExponent) {

    static final double GAUSSIAN_DEFAULT_CONTRAST = 0.15;
    static final double BINARY_DEFAULT_CONTRAST = 0.5;

    /** Reads and checks the parameters declared by {@link NoiseStimulusSet.Config}. */
    static NoiseSettings from(Parameters p) {
        NoiseStimulusSet.Config c = p.as(NoiseStimulusSet.Config.class);
        NoiseType type = NoiseType.parse(c.type());
        BlockValues blockValues = BlockValues.parse(c.blockValues());
        boolean twoLevels = type == NoiseType.BINARY || (type == NoiseType.BLOCKED && blockValues == BlockValues.BINARY);
        double contrast = p.isSet("contrast") ? c.contrast() : twoLevels ? BINARY_DEFAULT_CONTRAST : GAUSSIAN_DEFAULT_CONTRAST;
        double mean = c.mean();
        int size = c.size();
        int block = c.block();
        double exponent = c.pinkExponent();
        if (!(mean > 0 && mean < 1)) {
            throw new UnitscopeException("parameter 'mean' of 'noise' must be in (0, 1), not " + mean);
        }
        if (!(contrast > 0)) {
            throw new UnitscopeException("parameter 'contrast' of 'noise' must be > 0, not " + contrast);
        }
        if (twoLevels && (mean - contrast < -1e-12 || mean + contrast > 1 + 1e-12)) {
            throw new UnitscopeException("noise: " + type.id() + " levels mean +/- contrast = " + (mean - contrast) + ", "
                    + (mean + contrast) + " leave [0, 1]; clipping would make them unequal: lower the contrast");
        }
        if (size < 0) {
            throw new UnitscopeException("parameter 'size' of 'noise' must be 0 (the frame) or a patch size in px, not " + size);
        }
        if (block < 1) {
            throw new UnitscopeException("parameter 'block' of 'noise' must be >= 1, not " + block);
        }
        if (!(exponent >= 0)) {
            throw new UnitscopeException("parameter 'pinkExponent' of 'noise' must be >= 0, not " + exponent);
        }
        return new NoiseSettings(type, c.count(), block, blockValues, c.colour(), contrast, mean, size, exponent);
    }

    /** The patch side for this frame: the frame itself when size is 0; checked against the frame. */
    int patchSize(StimulusFormat format) {
        int patch = size == 0 ? format.size() : size;
        if (patch > format.size()) {
            throw new UnitscopeException("parameter 'size' of 'noise' (" + patch + " px) exceeds the stimulus frame ("
                    + format.size() + " px)");
        }
        if (type == NoiseType.BLOCKED && block > patch) {
            throw new UnitscopeException("parameter 'block' of 'noise' (" + block + " px) exceeds the patch (" + patch + " px)");
        }
        if (type == NoiseType.PINK && patch < 2) {
            throw new UnitscopeException("pink noise needs a patch of at least 2 px, not " + patch);
        }
        return patch;
    }

    /** The per-plane generator of this type at the given patch side. */
    PlaneNoise plane(int patchSize) {
        switch (type) {
            case GAUSSIAN:
                return new GaussianPlane(patchSize, contrast);
            case BINARY:
                return new BinaryPlane(patchSize, contrast);
            case BLOCKED:
                return new BlockedPlane(patchSize, block, blockValues, contrast);
            case PINK:
                return new PinkPlane(patchSize, pinkExponent, contrast);
            default:
                throw new IllegalStateException(type.toString());
        }
    }

    /** The ensemble these settings define for a patch side, a channel count and a seed. */
    NoiseEnsemble ensemble(int patchSize, int channels, long seed) {
        return new NoiseEnsemble(plane(patchSize), channels, colour, mean, seed);
    }
}
