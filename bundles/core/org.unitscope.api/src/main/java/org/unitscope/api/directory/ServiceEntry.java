package org.unitscope.api.directory;

import java.util.List;
import java.util.Objects;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.ServiceInfo;

/**
 * One service as the directory lists it: what it is, its parameters and where it comes from.
 *
 * @param bundle the providing bundle's symbolic name
 * @param bundleVersion the providing bundle's version
 * @param serviceId the OSGi {@code service.id}: tells two registrations of the same id apart
 */
public record ServiceEntry(ServiceKind kind, String id, String version, String title, List<ParameterSpec> parameters,
        String bundle, String bundleVersion, long serviceId) {

    public ServiceEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(bundleVersion, "bundleVersion");
        new ServiceInfo(id, version, title, parameters); // the same checks as a service's own description
        parameters = List.copyOf(parameters);
    }

    /** The entry for a service's description. */
    public static ServiceEntry of(ServiceKind kind, ServiceInfo info, String bundle, String bundleVersion, long serviceId) {
        return new ServiceEntry(kind, info.id(), info.version(), info.title(), info.parameters(), bundle, bundleVersion, serviceId);
    }

    /** Id, version, title and parameters: what {@code Parameters.resolve} checks a run's values against. */
    public ServiceInfo info() {
        return new ServiceInfo(id, version, title, parameters);
    }

    /** "symbolic-name version", as listings and manifests name the provider. */
    public String provider() {
        return bundle + " " + bundleVersion;
    }

    /** "tuning metric 'orientation' 2.0.0 (bundle org.unitscope.metric.grating 0.1.0)", for messages. */
    public String describe() {
        return kind.words() + " '" + id + "' " + version + " (bundle " + provider() + ")";
    }
}
