package org.unitscope.stimulus.images.internal;

import org.unitscope.api.stimulus.StimulusFormat;

/** The argument checks every render(from, n, dst, offset) makes, with messages that say which bound is broken. */
final class RenderRange {
    private RenderRange() {
    }

    static void check(int from, int n, float[] dst, int offset, int count, StimulusFormat format) {
        if (from < 0 || n < 0 || from > count - n) {
            throw new IndexOutOfBoundsException("stimuli " + from + ".." + (from + n - 1) + " requested; the sequence has " + count);
        }
        long needed = offset + (long) n * format.pixelsPerStimulus();
        if (offset < 0 || needed > dst.length) {
            throw new IndexOutOfBoundsException(n + " stimuli from offset " + offset + " need " + needed + " floats; dst has " + dst.length);
        }
    }
}
