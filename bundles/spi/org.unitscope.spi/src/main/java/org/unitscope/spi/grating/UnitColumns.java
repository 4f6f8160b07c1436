package org.unitscope.spi.grating;

import java.util.Arrays;
import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;

/** Helpers for per-unit result columns: undefined cells are NaN; summaries give medians over the defined ones. */
@ProviderType
public final class UnitColumns {
    private UnitColumns() {
    }

    /** A column of {@code n} undefined (NaN) cells. */
    public static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** Median of the finite values, NaN if none. */
    public static double median(double[] values) {
        double[] f = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (f.length == 0) {
            return Double.NaN;
        }
        return f.length % 2 == 1 ? f[f.length / 2] : 0.5 * (f[f.length / 2 - 1] + f[f.length / 2]);
    }

    /** "median bandwidth 12.3 deg (41 of 64)", or "median bandwidth - (0 of 64)" when no value is defined. */
    public static String median(String what, double[] values, String format) {
        long defined = Arrays.stream(values).filter(Double::isFinite).count();
        String value = defined == 0 ? "-" : String.format(Locale.ROOT, format, median(values));
        return "median " + what + " " + value + " (" + defined + " of " + values.length + ")";
    }
}
