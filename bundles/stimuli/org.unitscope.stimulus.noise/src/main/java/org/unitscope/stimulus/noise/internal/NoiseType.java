package org.unitscope.stimulus.noise.internal;

import java.util.Locale;
import org.unitscope.api.UnitscopeException;

/** The noise families of the "noise" stimulus set, by their parameter names. */
enum NoiseType {
    GAUSSIAN, BINARY, BLOCKED, PINK;

    static NoiseType parse(String text) {
        for (NoiseType t : values()) {
            if (t.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new UnitscopeException("parameter 'type' of 'noise' must be \"gaussian\", \"binary\", \"blocked\" or \"pink\", not \""
                + text + "\"");
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
