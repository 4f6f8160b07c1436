package org.unitscope.api;

import java.util.List;
import java.util.Objects;

/**
 * One typed parameter of a service, with its default and a one-line doc. Front ends (command line, Gogo,
 * GUI) build their forms and help texts from these instead of knowing any plugin.
 */
public record ParameterSpec(String name, Type type, Object defaultValue, String doc) {

    /** The value types a parameter can have; lists come from JSON arrays. */
    public enum Type { INT, DOUBLE, BOOLEAN, STRING, INT_LIST, DOUBLE_LIST, STRING_LIST }

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(doc, "doc");
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

    /** The default as the text a user would type, for listings. */
    public String defaultText() {
        return defaultValue == null ? "(none)" : String.valueOf(defaultValue);
    }
}
