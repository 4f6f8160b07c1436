package org.unitscope.api;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's parameters after checking them against its {@link ServiceInfo}: unknown names and wrong types
 * are rejected with a message naming the service and the parameter; missing ones take their defaults.
 * Values come from JSON, so numbers may arrive as any {@link Number} and lists as {@link List}.
 * A plugin reads them as its configuration type with {@link #as(Class)}.
 */
public final class Parameters {
    private final String owner;
    private final Map<String, ParameterSpec> specs;
    private final Map<String, Object> values;

    private Parameters(String owner, Map<String, ParameterSpec> specs, Map<String, Object> values) {
        this.owner = owner;
        this.specs = specs;
        this.values = values;
    }

    /** Checks {@code raw} against {@code info} and fills in defaults. */
    public static Parameters resolve(ServiceInfo info, Map<String, ?> raw) {
        Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        for (ParameterSpec s : info.parameters()) {
            specs.put(s.name(), s);
        }
        Map<String, ?> given = raw == null ? Map.of() : raw;
        for (String name : given.keySet()) {
            if (!specs.containsKey(name)) {
                throw new UnitscopeException("'" + info.id() + "' has no parameter '" + name + "'; it has " + specs.keySet());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (ParameterSpec s : specs.values()) {
            Object v = given.containsKey(s.name()) ? given.get(s.name()) : s.defaultValue();
            Object value = coerce(info.id(), s, v);
            checkAllowed(info.id(), s, value);
            out.put(s.name(), value);
        }
        return new Parameters(info.id(), Collections.unmodifiableMap(specs), Collections.unmodifiableMap(out));
    }

    /**
     * These values as an instance of a configuration type (an annotation, normally the service's own
     * {@code Config}): each method returns its parameter's value. The type may also be a part of the declaration
     * (a type with some of the parameters, shared by several services). A method that names no declared parameter,
     * or one of another type, fails here, naming the service, the parameter and the method.
     */
    public <A extends Annotation> A as(Class<A> configType) {
        ConfigType config = ConfigType.of(configType);
        config.requireWithin(owner, specs);
        return configType.cast(ConfigProxy.create(config, this));
    }

    /** The declared range or choices, for a single value and for each element of a list. */
    private static void checkAllowed(String owner, ParameterSpec s, Object value) {
        if (value == null || s.allowedText().isEmpty()) {
            return;
        }
        for (Object element : value instanceof List<?> list ? list : List.of(value)) {
            boolean ok = element instanceof Number n ? s.range() == null || s.range().contains(n.doubleValue())
                    : s.choices().isEmpty() || s.choices().contains(String.valueOf(element));
            if (!ok) {
                throw new UnitscopeException("parameter '" + s.name() + "' of '" + owner + "' is " + shown(element)
                        + "; allowed: " + s.allowedText());
            }
        }
    }

    private static String shown(Object v) {
        return v instanceof String ? "'" + v + "'" : String.valueOf(v);
    }

    private static Object coerce(String owner, ParameterSpec s, Object v) {
        if (v == null) {
            return null;
        }
        String where = "parameter '" + s.name() + "' of '" + owner + "'";
        switch (s.type()) {
            case INT:
                return toInt(v, where);
            case DOUBLE:
                return toDouble(v, where);
            case BOOLEAN:
                if (v instanceof Boolean) {
                    return v;
                }
                if (v instanceof String && ("true".equals(v) || "false".equals(v))) {
                    return Boolean.valueOf((String) v);
                }
                throw new UnitscopeException(where + " must be true or false, not " + v);
            case STRING:
                return canonical(s, String.valueOf(v));
            case INT_LIST:
            case DOUBLE_LIST:
            case STRING_LIST: {
                if (!(v instanceof List)) {
                    throw new UnitscopeException(where + " must be a list, not " + v);
                }
                List<Object> list = new ArrayList<>();
                for (Object e : (List<?>) v) {
                    list.add(s.type() == ParameterSpec.Type.INT_LIST ? toInt(e, where)
                            : s.type() == ParameterSpec.Type.DOUBLE_LIST ? toDouble(e, where) : canonical(s, String.valueOf(e)));
                }
                return List.copyOf(list);
            }
            default:
                throw new IllegalStateException(s.type().toString());
        }
    }

    /** A text with choices is matched ignoring case and surrounding blanks, and stored as the declared choice. */
    private static String canonical(ParameterSpec s, String text) {
        for (String choice : s.choices()) {
            if (choice.equalsIgnoreCase(text.strip())) {
                return choice;
            }
        }
        return text;
    }

    private static Integer toInt(Object v, String where) {
        if (v instanceof Number) {
            double d = ((Number) v).doubleValue();
            if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
        } else if (v instanceof String) {
            try {
                return Integer.valueOf((String) v);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new UnitscopeException(where + " must be an integer, not " + v);
    }

    private static Double toDouble(Object v, String where) {
        if (v instanceof Number) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        } else if (v instanceof String) {
            try {
                double d = Double.parseDouble((String) v);
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new UnitscopeException(where + " must be a finite number, not " + v);
    }

    public int getInt(String name) {
        return (Integer) require(name);
    }

    public double getDouble(String name) {
        return (Double) require(name);
    }

    public boolean getBoolean(String name) {
        return (Boolean) require(name);
    }

    public String getString(String name) {
        return (String) require(name);
    }

    public double[] getDoubles(String name) {
        List<?> l = (List<?>) require(name);
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) l.get(i)).doubleValue();
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public List<String> getStrings(String name) {
        return (List<String>) require(name);
    }

    /** Positive integer with a message that names the parameter. */
    public int getPositiveInt(String name) {
        int v = getInt(name);
        if (v <= 0) {
            throw new UnitscopeException("parameter '" + name + "' of '" + owner + "' must be > 0, not " + v);
        }
        return v;
    }

    /** The value of a declared parameter; fails when it has none. */
    Object require(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("'" + owner + "' declares no parameter '" + name + "'");
        }
        Object v = values.get(name);
        if (v == null) {
            throw new UnitscopeException("parameter '" + name + "' of '" + owner + "' has no value and no default");
        }
        return v;
    }

    /**
     * Whether the parameter has a value: one without a default (a method of the configuration type without a default
     * value) may have none, and its method then fails; read it after this check. A name that is not declared fails.
     */
    public boolean isSet(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("'" + owner + "' declares no parameter '" + name + "'");
        }
        return values.get(name) != null;
    }

    /** Every value, defaults included, in declaration order: what a run manifest records. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return owner + values;
    }
}
