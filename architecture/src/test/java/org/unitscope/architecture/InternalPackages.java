package org.unitscope.architecture;

/** Which bundle an internal package belongs to: the package name before its {@code .internal} segment. */
final class InternalPackages {

    private static final String SEGMENT = ".internal";

    private InternalPackages() {
    }

    /** The owning bundle's package of an internal package, or null when the package is not internal. */
    static String owner(String pkg) {
        int at = pkg.indexOf(SEGMENT);
        while (at >= 0) {
            int end = at + SEGMENT.length();
            if (end == pkg.length() || pkg.charAt(end) == '.') {
                return pkg.substring(0, at);
            }
            at = pkg.indexOf(SEGMENT, end);
        }
        return null;
    }

    /** Whether {@code pkg} is the bundle package {@code owner} or lies below it. */
    static boolean within(String pkg, String owner) {
        return pkg.equals(owner) || pkg.startsWith(owner + ".");
    }
}
