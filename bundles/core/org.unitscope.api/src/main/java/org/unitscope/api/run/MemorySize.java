package org.unitscope.api.run;

import java.util.Locale;
import org.unitscope.api.UnitscopeException;

/** Memory sizes as people write them: "512m", "2g", "1.5GB", "800MiB" or plain bytes (binary multiples). */
public final class MemorySize {
    private MemorySize() {
    }

    public static long parse(String text, String where) {
        String s = text.trim().toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
        long unit = 1;
        if (!s.isEmpty()) {
            switch (s.charAt(s.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                case 't' -> unit = 1L << 40;
                default -> unit = 1;
            }
        }
        String number = unit == 1 ? s : s.substring(0, s.length() - 1).trim();
        try {
            double v = Double.parseDouble(number);
            if (!(v > 0) || v * unit > Long.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return (long) (v * unit);
        } catch (NumberFormatException e) {
            throw new UnitscopeException("'" + where + "' must be a positive size such as 512m or 2g, not \"" + text + "\"");
        }
    }

    /** "1.5 GB"-style text for messages (binary multiples, as parsed). */
    public static String format(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
    }
}
