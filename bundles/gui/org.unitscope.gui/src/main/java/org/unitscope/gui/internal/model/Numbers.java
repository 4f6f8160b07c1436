package org.unitscope.gui.internal.model;

/** Numbers in table cells and filter expressions. */
public final class Numbers {
    private Numbers() {
    }

    /** The number a text shows, or null when it is not one (empty, a word). */
    public static Double parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || !(Character.isDigit(t.charAt(t.length() - 1)) || t.endsWith("."))) {
            return t.equalsIgnoreCase("nan") ? Double.NaN : null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
