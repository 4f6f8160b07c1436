package org.unitscope.repository.internal;

import java.util.Comparator;
import java.util.List;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.resource.Resource;
import org.unitscope.api.UnitscopeException;

/**
 * The plugin asked for: {@code NAME} (highest version in the index), {@code NAME@VERSION} (that version) or
 * {@code NAME@RANGE} (e.g. {@code [1.0,2.0)}: the highest version in it).
 */
record PluginSpec(String name, VersionRange versions) {

    static PluginSpec parse(String id) {
        if (id == null || id.isBlank()) {
            throw new UnitscopeException("no plugin id given (a bundle symbolic name, optionally NAME@VERSION)");
        }
        int at = id.indexOf('@');
        if (at < 0) {
            return new PluginSpec(id.trim(), null);
        }
        String v = id.substring(at + 1).trim();
        try {
            VersionRange range = v.startsWith("[") || v.startsWith("(")
                    ? new VersionRange(v) : new VersionRange('[', Version.parseVersion(v), Version.parseVersion(v), ']');
            return new PluginSpec(id.substring(0, at).trim(), range);
        } catch (IllegalArgumentException e) {
            throw new UnitscopeException("plugin '" + id + "': '" + v + "' is not a version or a version range (" + e.getMessage() + ")");
        }
    }

    /** The resource of the index this names, the highest version first. */
    Resource select(IndexRepository index, String where) {
        List<Resource> named = index.resources().stream().filter(r -> ResourceIdentity.of(r).name().equals(name)).toList();
        if (named.isEmpty()) {
            List<String> names = index.resources().stream().map(r -> ResourceIdentity.of(r).name()).distinct().sorted().toList();
            throw new UnitscopeException("no plugin '" + name + "' in the repository " + where + "; it has: "
                    + (names.isEmpty() ? "nothing" : String.join(", ", names)));
        }
        return named.stream().filter(r -> versions == null || versions.includes(ResourceIdentity.of(r).version()))
                .max(Comparator.comparing(r -> ResourceIdentity.of(r).version()))
                .orElseThrow(() -> new UnitscopeException("no version of '" + name + "' in " + versions + " in the repository "
                        + where + "; it has: " + named.stream().map(r -> ResourceIdentity.of(r).version().toString()).toList()));
    }
}
