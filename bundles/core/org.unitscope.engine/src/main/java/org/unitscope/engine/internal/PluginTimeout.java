package org.unitscope.engine.internal;

import java.util.Locale;
import org.unitscope.api.UnitscopeException;

/**
 * How long one plugin call (a model load, a probe forward of one batch, a stimulus render, a metric on one layer) may
 * take before the run abandons it and ends incomplete, naming the plugin. The framework (or system) property
 * {@value #PROPERTY}, in seconds, sets it; 0 waits for ever (a stop still abandons the call). Whole plugin stages are
 * not timed: a receptive-field stage may rightly run for hours, and it answers stops itself.
 */
record PluginTimeout(long millis) {
    static final String PROPERTY = "unitscope.plugin.timeout";
    /** Ten minutes: far above any batch or metric of the default studies (seconds), short enough to end a hang the same day. */
    static final PluginTimeout DEFAULT = new PluginTimeout(600_000);

    PluginTimeout {
        if (millis < 0) {
            throw new IllegalArgumentException("a timeout cannot be negative: " + millis);
        }
    }

    /** The property's value in seconds (decimals allowed), the default when absent or blank. */
    static PluginTimeout parse(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return DEFAULT;
        }
        double s;
        try {
            s = Double.parseDouble(seconds.trim());
        } catch (NumberFormatException e) {
            s = Double.NaN;
        }
        if (!(s >= 0) || s > Long.MAX_VALUE / 1000.0) {
            throw new UnitscopeException(PROPERTY + " must be a number of seconds >= 0 (0: no timeout), not '" + seconds + "'");
        }
        return new PluginTimeout(Math.round(s * 1000));
    }

    boolean none() {
        return millis == 0;
    }

    /** "600 s", "2.5 s". */
    String words() {
        return String.format(Locale.ROOT, "%s s", millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0));
    }
}
