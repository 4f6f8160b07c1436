package org.unitscope.gui.internal.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.UnitscopeException;

/**
 * One field of a generated form, from a parameter's declaration: which widget shows it, the text it starts with,
 * and the check of a typed text, which is the command line's own ({@link Parameters#resolve}), so the messages are
 * the same. Lists are typed comma-separated, as {@code -p NAME=a,b,c} on the command line.
 */
public record ParameterField(ParameterSpec spec) {

    /** The widget a field needs. */
    public enum Widget { CHECKBOX, CHOICE, TEXT }

    public Widget widget() {
        if (spec.type() == ParameterSpec.Type.BOOLEAN) {
            return Widget.CHECKBOX;
        }
        return spec.choices().isEmpty() || isList() ? Widget.TEXT : Widget.CHOICE;
    }

    public String name() {
        return spec.name();
    }

    /** The label's tooltip: doc, type, default and what is allowed. */
    public String help() {
        String allowed = spec.allowedText().isEmpty() ? "" : "; allowed: " + spec.allowedText();
        return spec.doc() + " (" + spec.type().name().toLowerCase(java.util.Locale.ROOT) + ", default " + spec.defaultText() + allowed + ")";
    }

    /** The default as a user types it ("" for none). */
    public String initialText() {
        return text(spec.defaultValue());
    }

    /** A value (as JSON or the declaration holds it) as a user types it. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> l) {
            return l.stream().map(FieldValues::plain).collect(Collectors.joining(","));
        }
        if (value.getClass().isArray()) {
            return text(FieldValues.listOf(value));
        }
        return FieldValues.plain(value);
    }

    /** The raw value of a typed text, as the command line passes it: null for a blank scalar, a list for a list type. */
    public Object raw(String text) {
        String t = text == null ? "" : text.strip();
        if (isList()) {
            return t.isEmpty() ? List.of() : Arrays.stream(t.split(",")).map(String::strip).toList();
        }
        return t.isEmpty() ? null : t;
    }

    /** The command line's message for this text, or empty when it is allowed. */
    public Optional<String> check(ServiceInfo owner, String text) {
        Object raw = raw(text);
        if (raw == null) {
            return Optional.empty();
        }
        try {
            Parameters.resolve(owner, Map.of(spec.name(), raw));
            return Optional.empty();
        } catch (UnitscopeException e) {
            return Optional.of(e.getMessage());
        }
    }

    private boolean isList() {
        return switch (spec.type()) {
            case INT_LIST, DOUBLE_LIST, STRING_LIST -> true;
            default -> false;
        };
    }
}
