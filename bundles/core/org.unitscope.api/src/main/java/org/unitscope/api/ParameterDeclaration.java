package org.unitscope.api;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unitscope.api.ConfigClassFile.ClassAnnotation;
import org.unitscope.api.ParameterSpec.Range;
import org.unitscope.api.ParameterSpec.Type;

/**
 * One method of a configuration type as a {@link ParameterSpec}: the return type gives the type, the Java default
 * the default (none: no default), {@code @AttributeDefinition} the doc ({@code description}), the range
 * ({@code min}, {@code max}, with {@link ExclusiveMin} / {@link ExclusiveMax}) and the choices ({@code options}).
 */
final class ParameterDeclaration {
    private static final Map<Class<?>, Type> TYPES = Map.of(int.class, Type.INT, double.class, Type.DOUBLE,
            boolean.class, Type.BOOLEAN, String.class, Type.STRING, int[].class, Type.INT_LIST,
            double[].class, Type.DOUBLE_LIST, String[].class, Type.STRING_LIST);

    private ParameterDeclaration() {
    }

    static ParameterSpec spec(Method m, ClassAnnotation ad, boolean exclusiveMin, boolean exclusiveMax) {
        Type type = type(m);
        String name = ConfigType.parameterName(m.getName());
        if (ad != null && ad.values().containsKey("defaultValue")) {
            throw new IllegalArgumentException(ConfigType.where(m) + ": give the default as the method's default value, not"
                    + " @AttributeDefinition(defaultValue)");
        }
        Range range = range(m, type, ad, exclusiveMin, exclusiveMax);
        List<String> choices = choices(m, type, ad);
        return new ParameterSpec(name, type, defaultValue(m.getDefaultValue()), ad == null ? "" : ad.text("description"),
                range, choices);
    }

    static Type type(Method m) {
        Type t = TYPES.get(m.getReturnType());
        if (t == null) {
            throw new IllegalArgumentException(ConfigType.where(m) + " returns " + m.getReturnType().getSimpleName()
                    + "; a parameter is int, double, boolean, String, int[], double[] or String[]");
        }
        return t;
    }

    /** The Java default as a parameter value: arrays become lists, as JSON values do. */
    private static Object defaultValue(Object javaDefault) {
        if (javaDefault == null || !javaDefault.getClass().isArray()) {
            return javaDefault;
        }
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < Array.getLength(javaDefault); i++) {
            list.add(Array.get(javaDefault, i));
        }
        return List.copyOf(list);
    }

    private static Range range(Method m, Type type, ClassAnnotation ad, boolean exclusiveMin, boolean exclusiveMax) {
        String min = ad == null ? "" : ad.text("min");
        String max = ad == null ? "" : ad.text("max");
        if ((exclusiveMin && min.isEmpty()) || (exclusiveMax && max.isEmpty())) {
            throw new IllegalArgumentException(ConfigType.where(m) + ": @ExclusiveMin / @ExclusiveMax need the"
                    + " @AttributeDefinition's min / max");
        }
        if (min.isEmpty() && max.isEmpty()) {
            return null;
        }
        boolean numeric = type == Type.INT || type == Type.DOUBLE || type == Type.INT_LIST || type == Type.DOUBLE_LIST;
        if (!numeric) {
            throw new IllegalArgumentException(ConfigType.where(m) + ": min and max apply to numbers only");
        }
        // an absent limit is an open infinite end, as Range.atLeast and Range.above make it
        return new Range(limit(m, min, Double.NEGATIVE_INFINITY), !exclusiveMin && !min.isEmpty(),
                limit(m, max, Double.POSITIVE_INFINITY), !exclusiveMax && !max.isEmpty());
    }

    private static double limit(Method m, String text, double none) {
        if (text.isEmpty()) {
            return none;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ConfigType.where(m) + ": min/max '" + text + "' is not a number", e);
        }
    }

    private static List<String> choices(Method m, Type type, ClassAnnotation ad) {
        Object options = ad == null ? null : ad.values().get("options");
        if (options == null) {
            return List.of();
        }
        if (type != Type.STRING && type != Type.STRING_LIST) {
            throw new IllegalArgumentException(ConfigType.where(m) + ": options apply to String and String[] parameters only");
        }
        List<String> choices = new ArrayList<>();
        for (Object option : (List<?>) options) {
            choices.add(((ClassAnnotation) option).text("value"));
        }
        return choices;
    }
}
