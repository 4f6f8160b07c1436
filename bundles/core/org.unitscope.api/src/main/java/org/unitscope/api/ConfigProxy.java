package org.unitscope.api;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The values of resolved {@link Parameters} seen through a configuration type: each method returns its parameter's
 * value as the method's type (a fresh array for lists); {@code annotationType}, {@code equals}, {@code hashCode}
 * and {@code toString} follow the contract of {@link java.lang.annotation.Annotation}. A parameter without a value
 * (no default, none given) fails when its method is called, naming the service and the parameter.
 */
final class ConfigProxy implements InvocationHandler {
    private final ConfigType config;
    private final Parameters parameters;

    private ConfigProxy(ConfigType config, Parameters parameters) {
        this.config = config;
        this.parameters = parameters;
    }

    static Object create(ConfigType config, Parameters parameters) {
        Class<?> type = config.type();
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new ConfigProxy(config, parameters));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        int arity = args == null ? 0 : args.length;
        switch (method.getName()) {
            case "equals":
                return arity == 1 ? equalTo(args[0]) : value(method);
            case "hashCode":
                return arity == 0 ? hash() : value(method);
            case "toString":
                return arity == 0 ? text() : value(method);
            case "annotationType":
                return arity == 0 ? config.type() : value(method);
            default:
                return value(method);
        }
    }

    private Object value(Method method) {
        ParameterSpec spec = config.parameters().get(method);
        return javaValue(spec, parameters.require(spec.name()));
    }

    /** The value as the method returns it, or null when the parameter has none. */
    private Object valueOrNull(Method method) {
        ParameterSpec spec = config.parameters().get(method);
        return parameters.isSet(spec.name()) ? javaValue(spec, parameters.require(spec.name())) : null;
    }

    private static Object javaValue(ParameterSpec spec, Object v) {
        switch (spec.type()) {
            case INT_LIST:
                return ((List<?>) v).stream().mapToInt(e -> ((Number) e).intValue()).toArray();
            case DOUBLE_LIST:
                return ((List<?>) v).stream().mapToDouble(e -> ((Number) e).doubleValue()).toArray();
            case STRING_LIST:
                return ((List<?>) v).stream().map(String::valueOf).toArray(String[]::new);
            default:
                return v;
        }
    }

    private boolean equalTo(Object other) {
        if (!config.type().isInstance(other)) {
            return false;
        }
        if (Proxy.isProxyClass(other.getClass()) && Proxy.getInvocationHandler(other) instanceof ConfigProxy o) {
            return o.config == config && members().equals(o.members());
        }
        for (Method m : config.parameters().keySet()) {
            try {
                if (!Objects.deepEquals(valueOrNull(m), m.invoke(other))) {
                    return false;
                }
            } catch (ReflectiveOperationException e) {
                return false;
            }
        }
        return true;
    }

    /** Member values with arrays as lists, so that they compare by content. */
    private Map<String, Object> members() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Method m : config.parameters().keySet()) {
            Object v = valueOrNull(m);
            out.put(m.getName(), v == null ? "<none>" : v.getClass().isArray() ? Arrays.asList(boxed(v)) : v);
        }
        return out;
    }

    /** As {@link java.lang.annotation.Annotation#hashCode()} specifies. */
    private int hash() {
        int h = 0;
        for (Method m : config.parameters().keySet()) {
            Object v = valueOrNull(m);
            int valueHash = v == null ? 0 : v instanceof int[] a ? Arrays.hashCode(a)
                    : v instanceof double[] d ? Arrays.hashCode(d) : v instanceof Object[] o ? Arrays.hashCode(o) : v.hashCode();
            h += (127 * m.getName().hashCode()) ^ valueHash;
        }
        return h;
    }

    private String text() {
        StringJoiner j = new StringJoiner(", ", "@" + config.type().getCanonicalName() + "(", ")");
        members().forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    private static Object[] boxed(Object array) {
        Object[] out = new Object[Array.getLength(array)];
        for (int i = 0; i < out.length; i++) {
            out[i] = Array.get(array, i);
        }
        return out;
    }
}
