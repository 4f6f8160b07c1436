package org.unitscope.engine.internal.json;

/**
 * Gson's error text as a person reads it: Gson prefixes the exception's class ("com.google.gson.stream.
 * MalformedJsonException: ") and appends a troubleshooting URL, neither of which says what is wrong with the file.
 */
final class JsonErrors {
    private JsonErrors() {
    }

    /** "Unterminated string at line 1 column 3 path $." from Gson's message, or the exception's simple name. */
    static String text(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int see = m.indexOf("\nSee http");
        m = see >= 0 ? m.substring(0, see) : m;
        return m.replaceFirst("^([a-z]+\\.)+[A-Za-z]+(Exception|Error): ", "").strip();
    }
}
