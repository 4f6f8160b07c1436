package org.unitscope.stimulus.noise.internal;

import java.util.Arrays;

/**
 * Places a patch in the middle of a larger frame on a uniform background of the mean luminance: the patch's
 * top-left pixel is at ((frame - patch) / 2, (frame - patch) / 2), rounded down, in every channel.
 */
final class CentredFrame {
    private final int frame;
    private final int patch;
    private final int channels;
    private final float background;

    CentredFrame(int frame, int patch, int channels, double background) {
        if (patch < 1 || patch > frame) {
            throw new IllegalArgumentException("patch of " + patch + " px does not fit a frame of " + frame + " px");
        }
        this.frame = frame;
        this.patch = patch;
        this.channels = channels;
        this.background = (float) background;
    }

    /** Row and column of the patch's top-left pixel in the frame. */
    int origin() {
        return (frame - patch) / 2;
    }

    /** Writes the framed stimulus (channels x frame x frame) at {@code offset} from a channels x patch x patch source. */
    void place(float[] src, int srcOffset, float[] dst, int offset) {
        int framePlane = frame * frame;
        int patchPlane = patch * patch;
        int origin = origin();
        Arrays.fill(dst, offset, offset + channels * framePlane, background);
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < patch; y++) {
                System.arraycopy(src, srcOffset + c * patchPlane + y * patch,
                        dst, offset + c * framePlane + (origin + y) * frame + origin, patch);
            }
        }
    }
}
