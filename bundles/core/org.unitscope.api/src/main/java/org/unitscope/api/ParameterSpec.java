package org.unitscope.api;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Objects;

/**
 * One typed parameter of a service, with its default, a one-line doc and, optionally, the values it allows (a
 * numeric {@link Range}, applied to every element of a list, or a set of {@code choices} for text). Front ends
 * (command line, Gogo, GUI) build their forms and help texts from these instead of knowing any plugin, and
 * {@link Parameters#resolve} rejects a value outside them before any work starts.
 */
public record ParameterSpec(String name, Type type, Object defaultValue, String doc, Range range, List<String> choices) {

    /** The value types a parameter can have; lists come from JSON arrays. */
    public enum Type { INT, DOUBLE, BOOLEAN, STRING, INT_LIST, DOUBLE_LIST, STRING_LIST }

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(doc, "doc");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /**
     * The parameters a configuration type declares, in declaration order: one per method, named after it, typed by
     * its return type (int, double, boolean, String, int[], double[], String[]), defaulting to its default value
     * (none: no default), with the {@code description}, {@code min}/{@code max} ({@link ExclusiveMin},
     * {@link ExclusiveMax}) and {@code options} of its {@code @AttributeDefinition}. See {@link UnitscopeService}.
     *
     * @throws IllegalArgumentException naming the type and the method, for a type that cannot declare parameters
     */
    public static List<ParameterSpec> of(Class<? extends Annotation> configType) {
        return ConfigType.of(configType).specs();
    }

    /** A parameter that allows any value of its type. */
    public ParameterSpec(String name, Type type, Object defaultValue, String doc) {
        this(name, type, defaultValue, doc, null, List.of());
    }

    public static ParameterSpec integer(String name, int defaultValue, String doc) {
        return new ParameterSpec(name, Type.INT, defaultValue, doc);
    }

    public static ParameterSpec real(String name, double defaultValue, String doc) {
        return new ParameterSpec(name, Type.DOUBLE, defaultValue, doc);
    }

    public static ParameterSpec flag(String name, boolean defaultValue, String doc) {
        return new ParameterSpec(name, Type.BOOLEAN, defaultValue, doc);
    }

    public static ParameterSpec text(String name, String defaultValue, String doc) {
        return new ParameterSpec(name, Type.STRING, defaultValue, doc);
    }

    /** A list of reals; an empty default means "derived at run time" (the doc says from what). */
    public static ParameterSpec reals(String name, List<Double> defaultValue, String doc) {
        return new ParameterSpec(name, Type.DOUBLE_LIST, List.copyOf(defaultValue), doc);
    }

    public static ParameterSpec texts(String name, List<String> defaultValue, String doc) {
        return new ParameterSpec(name, Type.STRING_LIST, List.copyOf(defaultValue), doc);
    }

    /** The same parameter, allowing only numbers in {@code allowed} (every element, for a list). */
    public ParameterSpec within(Range allowed) {
        return new ParameterSpec(name, type, defaultValue, doc, allowed, choices);
    }

    /** The same parameter, allowing only numbers {@code >= min}. */
    public ParameterSpec atLeast(double min) {
        return within(Range.atLeast(min));
    }

    /** The same parameter, allowing only the given texts (every element, for a list). */
    public ParameterSpec oneOf(String... allowed) {
        return new ParameterSpec(name, type, defaultValue, doc, range, List.of(allowed));
    }

    /** The default as the text a user would type, for listings. */
    public String defaultText() {
        return defaultValue == null ? "(none)" : String.valueOf(defaultValue);
    }

    /** What is allowed, as a listing shows it: "[0, 1]", "one of [fdr, bonferroni]", or "" for anything. */
    public String allowedText() {
        if (range != null) {
            return range.toString();
        }
        return choices.isEmpty() ? "" : "one of " + choices;
    }

    /**
     * A numeric interval; each end is inclusive or exclusive and may be infinite. Written as in mathematics:
     * {@code [0, 1]}, {@code (0, 1)}, {@code >= 2}.
     */
    public record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {

        public Range {
            if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
                throw new IllegalArgumentException("not an interval: " + min + ", " + max);
            }
        }

        public static Range atLeast(double min) {
            return new Range(min, true, Double.POSITIVE_INFINITY, false);
        }

        public static Range above(double min) {
            return new Range(min, false, Double.POSITIVE_INFINITY, false);
        }

        public static Range closed(double min, double max) {
            return new Range(min, true, max, true);
        }

        public static Range open(double min, double max) {
            return new Range(min, false, max, false);
        }

        public boolean contains(double v) {
            boolean aboveMin = minInclusive ? v >= min : v > min;
            boolean belowMax = maxInclusive ? v <= max : v < max;
            return aboveMin && belowMax;
        }

        @Override
        public String toString() {
            if (max == Double.POSITIVE_INFINITY) {
                return (minInclusive ? ">= " : "> ") + number(min);
            }
            if (min == Double.NEGATIVE_INFINITY) {
                return (maxInclusive ? "<= " : "< ") + number(max);
            }
            return (minInclusive ? "[" : "(") + number(min) + ", " + number(max) + (maxInclusive ? "]" : ")");
        }

        private static String number(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
