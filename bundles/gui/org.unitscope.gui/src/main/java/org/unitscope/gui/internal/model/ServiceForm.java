package org.unitscope.gui.internal.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.run.ComponentRef;

/**
 * The form of one service, generated from its directory entry: a field per declared parameter, in declaration order,
 * with the texts typed so far. What a run description records is the parameters whose text differs from the
 * default, typed as the service declares them.
 */
public final class ServiceForm {
    private final ServiceEntry entry;
    private final List<ParameterField> fields;
    private final Map<String, String> texts = new LinkedHashMap<>();

    public ServiceForm(ServiceEntry entry) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.fields = entry.parameters().stream().map(ParameterField::new).toList();
        for (ParameterField f : fields) {
            texts.put(f.name(), f.initialText());
        }
    }

    /** A form holding the values of a run description's {@code ref} (unknown names are kept, and reported). */
    public static ServiceForm of(ServiceEntry entry, ComponentRef ref) {
        ServiceForm form = new ServiceForm(entry);
        ref.parameters().forEach((k, v) -> form.set(k, ParameterField.text(v)));
        return form;
    }

    public ServiceEntry entry() {
        return entry;
    }

    public List<ParameterField> fields() {
        return fields;
    }

    public String text(String name) {
        return texts.getOrDefault(name, "");
    }

    public void set(String name, String text) {
        texts.put(name, text == null ? "" : text);
    }

    /** Each field's message, by name, for the fields whose text is not allowed. */
    public Map<String, String> errors() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ParameterField f : fields) {
            f.check(entry.info(), text(f.name())).ifPresent(m -> out.put(f.name(), m));
        }
        return out;
    }

    /**
     * The parameters to record: the changed ones, typed.
     *
     * @throws UnitscopeException with the command line's message when a text is not allowed
     */
    public ComponentRef toRef() {
        Map<String, Object> raw = new LinkedHashMap<>();
        texts.forEach((name, text) -> {
            ParameterField f = field(name);
            if (f == null || !text.strip().equals(f.initialText())) {
                Object r = f == null ? text : f.raw(text);
                if (r != null) {
                    raw.put(name, r);
                }
            }
        });
        Map<String, Object> typed = Parameters.resolve(entry.info(), raw).asMap();
        Map<String, Object> out = new LinkedHashMap<>();
        raw.keySet().forEach(k -> out.put(k, typed.get(k)));
        return new ComponentRef(entry.id(), out);
    }

    private ParameterField field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
}
