package org.unitscope.stimulus.images.internal;

import java.util.List;
import java.util.Locale;

/**
 * Which decoder warnings mean the pixels are not all there. libjpeg (inside the JDK) reports truncation and corrupt
 * entropy-coded data as warnings and fills the rest with gray; such an image must not pass as a stimulus. Its
 * "extraneous bytes before marker" warning is left out: common in real photos, it costs no pixel.
 */
final class DecodeWarnings {
    private DecodeWarnings() {
    }

    /** The first warning that means missing or corrupt pixel data, or null. */
    static String damage(List<String> warnings) {
        for (String w : warnings) {
            String s = w.toLowerCase(Locale.ROOT);
            boolean damaged = s.contains("truncated") || s.contains("premature end")
                    || (s.contains("corrupt") && !s.contains("extraneous bytes"));
            if (damaged) {
                return w;
            }
        }
        return null;
    }
}
