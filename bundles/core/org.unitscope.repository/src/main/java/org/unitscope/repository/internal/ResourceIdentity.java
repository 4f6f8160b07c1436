package org.unitscope.repository.internal;

import java.util.List;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.IdentityNamespace;
import org.osgi.resource.Capability;
import org.osgi.resource.Resource;

/** A resource's {@code osgi.identity}: symbolic name, version, type (e.g. {@code osgi.bundle}). */
record ResourceIdentity(String name, Version version, String type) {

    static ResourceIdentity of(Resource r) {
        List<Capability> ids = r.getCapabilities(IdentityNamespace.IDENTITY_NAMESPACE);
        if (ids.isEmpty()) {
            return new ResourceIdentity(String.valueOf(r), Version.emptyVersion, "");
        }
        var a = ids.get(0).getAttributes();
        Object v = a.get(IdentityNamespace.CAPABILITY_VERSION_ATTRIBUTE);
        Version version = v instanceof Version ver ? ver : v == null ? Version.emptyVersion : Version.parseVersion(v.toString());
        Object type = a.get(IdentityNamespace.CAPABILITY_TYPE_ATTRIBUTE);
        return new ResourceIdentity(String.valueOf(a.get(IdentityNamespace.IDENTITY_NAMESPACE)), version,
                type == null ? IdentityNamespace.TYPE_BUNDLE : type.toString());
    }

    @Override
    public String toString() {
        return name + " " + version;
    }
}
