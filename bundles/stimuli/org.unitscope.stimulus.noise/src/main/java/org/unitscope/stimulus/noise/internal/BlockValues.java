package org.unitscope.stimulus.noise.internal;

import java.util.Locale;
import org.unitscope.api.UnitscopeException;

/** What one k x k block of blocked noise takes: +/-contrast, or a Gaussian value of sd contrast. */
enum BlockValues {
    BINARY, GAUSSIAN;

    static BlockValues parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "binary":
                return BINARY;
            case "gaussian":
                return GAUSSIAN;
            default:
                throw new UnitscopeException("parameter 'blockValues' of 'noise' must be \"binary\" or \"gaussian\", not \"" + text + "\"");
        }
    }
}
