package org.unitscope.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.ConfigClassFile.ClassAnnotation;

/**
 * A configuration type read once (cached per class): its title ({@code @ObjectClassDefinition(name)}) and, in
 * declaration order, each method with the parameter it declares. A method's parameter is named after it with the
 * mangling of Declarative Services and Metatype ({@code _} becomes {@code .}, {@code __} becomes {@code _},
 * {@code $_$} becomes {@code -}, a single {@code $} is dropped, {@code $$} becomes {@code $}), so the names are those
 * of the {@code OSGI-INF/metatype} XML bnd writes.
 */
final class ConfigType {
    private static final ClassValue<ConfigType> CACHE = new ClassValue<>() {
        @Override
        protected ConfigType computeValue(Class<?> type) {
            return read(type);
        }
    };

    private final Class<?> type;
    private final String title;
    private final Map<Method, ParameterSpec> parameters;

    private ConfigType(Class<?> type, String title, Map<Method, ParameterSpec> parameters) {
        this.type = type;
        this.title = title;
        this.parameters = parameters;
    }

    static ConfigType of(Class<?> type) {
        return CACHE.get(type);
    }

    Class<?> type() {
        return type;
    }

    /** The {@code @ObjectClassDefinition} name, "" when there is none. */
    String title() {
        return title;
    }

    /** Each method with its parameter, in declaration order. */
    Map<Method, ParameterSpec> parameters() {
        return parameters;
    }

    List<ParameterSpec> specs() {
        return List.copyOf(parameters.values());
    }

    private static ConfigType read(Class<?> type) {
        if (!type.isAnnotation()) {
            throw new IllegalArgumentException(type.getName() + " is not a configuration type: declare it as an annotation"
                    + " (@interface) with @ObjectClassDefinition");
        }
        ConfigClassFile file = ConfigClassFile.of(type);
        Map<Method, ParameterSpec> parameters = new LinkedHashMap<>();
        for (String name : file.methods()) {
            Method m = method(type, name);
            if (m != null) {
                parameters.put(m, ParameterDeclaration.spec(m, file.methodAnnotation(name, ConfigClassFile.AD),
                        file.methodAnnotation(name, ExclusiveMin.class.descriptorString()) != null,
                        file.methodAnnotation(name, ExclusiveMax.class.descriptorString()) != null));
            }
        }
        long members = Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isAbstract(m.getModifiers())).count();
        if (members != parameters.size()) {
            throw new IllegalArgumentException("the class file of " + type.getName() + " does not match the loaded class");
        }
        refuseSpecialForms(type, parameters);
        ClassAnnotation ocd = file.typeAnnotation(ConfigClassFile.OCD);
        return new ConfigType(type, ocd == null ? "" : ocd.text("name"), parameters);
    }

    private static Method method(Class<?> type, String name) {
        try {
            Method m = type.getDeclaredMethod(name);
            return Modifier.isAbstract(m.getModifiers()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null; // a static helper with parameters: not an element
        }
    }

    /** Metatype derives other names for a lone value() or with a PREFIX_ constant; unitscope keeps one rule. */
    private static void refuseSpecialForms(Class<?> type, Map<Method, ParameterSpec> parameters) {
        boolean loneValue = parameters.size() == 1 && parameters.keySet().iterator().next().getName().equals("value");
        boolean prefix = Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.getName().equals("PREFIX_"));
        if (loneValue || prefix) {
            throw new IllegalArgumentException(type.getName() + ": a configuration type with " + (prefix ? "a PREFIX_ constant"
                    : "a single value() element") + " is not supported; name each parameter by its method");
        }
    }

    /** The parameter name of a method name, mangled as Declarative Services and Metatype do. */
    static String parameterName(String method) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            if (c == '$') {
                if (method.startsWith("$_$", i)) {
                    out.append('-');
                    i += 2;
                } else if (method.startsWith("$$", i)) {
                    out.append('$');
                    i++;
                }
            } else if (c == '_') {
                boolean twice = method.startsWith("__", i);
                out.append(twice ? '_' : '.');
                i += twice ? 1 : 0;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The parameters of {@code view} (a configuration type) are all among {@code declared}, with the same types. */
    void requireWithin(String owner, Map<String, ParameterSpec> declared) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Method, ParameterSpec> e : parameters.entrySet()) {
            ParameterSpec mine = e.getValue();
            ParameterSpec theirs = declared.get(mine.name());
            if (theirs == null) {
                problems.add("'" + owner + "' declares no parameter '" + mine.name() + "' (" + where(e.getKey()) + ")");
            } else if (theirs.type() != mine.type()) {
                problems.add("parameter '" + mine.name() + "' of '" + owner + "' is " + theirs.type() + ", not "
                        + mine.type() + " (" + where(e.getKey()) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + "; declared: " + declared.keySet());
        }
    }

    static String where(Method m) {
        return m.getDeclaringClass().getName() + "." + m.getName() + "()";
    }

    @SuppressWarnings("unchecked")
    Class<? extends Annotation> annotationType() {
        return (Class<? extends Annotation>) type;
    }
}
