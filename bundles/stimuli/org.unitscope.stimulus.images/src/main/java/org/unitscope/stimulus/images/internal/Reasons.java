package org.unitscope.stimulus.images.internal;

/**
 * A one-line reason from an exception, for the skipped and failed lists. Decoders often throw without a message or
 * wrap the telling one ("Error reading PNG image data" around "Unexpected end of ZLIB input stream"): the root cause
 * is added when it says something more.
 */
final class Reasons {
    private Reasons() {
    }

    static String of(Throwable e) {
        String m = message(e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootMessage = message(root);
        return root == e || m.contains(rootMessage) ? m : m + " (" + rootMessage + ")";
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ').strip();
    }
}
