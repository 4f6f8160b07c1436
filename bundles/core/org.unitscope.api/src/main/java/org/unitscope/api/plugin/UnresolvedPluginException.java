package org.unitscope.api.plugin;

import java.util.List;
import org.unitscope.api.UnitscopeException;

/** A plugin that cannot be installed because something it (or a bundle it needs) requires is provided by nothing. */
public class UnresolvedPluginException extends UnitscopeException {
    private static final long serialVersionUID = 1L;
    private final transient List<MissingRequirement> missing;

    public UnresolvedPluginException(String message, List<MissingRequirement> missing) {
        super(message);
        this.missing = List.copyOf(missing);
    }

    /** The requirements nothing provides (empty when the resolver refused for another reason, e.g. a conflict). */
    public List<MissingRequirement> missing() {
        return missing;
    }
}
