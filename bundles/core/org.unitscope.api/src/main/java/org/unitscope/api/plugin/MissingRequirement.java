package org.unitscope.api.plugin;

/**
 * A requirement nothing can meet: neither a bundle of the workbench nor a resource of the repository provides it.
 *
 * @param resource the resource that needs it ("symbolic-name version")
 * @param namespace the requirement's namespace (e.g. {@code osgi.wiring.package})
 * @param filter its filter (e.g. {@code (&(osgi.wiring.package=org.example)(version>=1.0.0))}), empty if none
 */
public record MissingRequirement(String resource, String namespace, String filter) {

    @Override
    public String toString() {
        return namespace + (filter.isEmpty() ? "" : " " + filter) + ", needed by " + resource;
    }
}
