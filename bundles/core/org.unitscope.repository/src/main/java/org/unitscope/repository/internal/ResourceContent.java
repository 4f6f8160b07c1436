package org.unitscope.repository.internal;

import java.net.URI;
import java.util.Locale;
import org.osgi.resource.Capability;
import org.osgi.resource.Resource;
import org.osgi.service.repository.ContentNamespace;
import org.unitscope.api.UnitscopeException;

/** Where a resource's bytes are and what they must hash to: its {@code osgi.content} capability. */
record ResourceContent(URI url, String sha256, long size) {

    static ResourceContent of(Resource r) {
        for (Capability c : r.getCapabilities(ContentNamespace.CONTENT_NAMESPACE)) {
            var a = c.getAttributes();
            Object url = a.get(ContentNamespace.CAPABILITY_URL_ATTRIBUTE);
            Object sha = a.get(ContentNamespace.CONTENT_NAMESPACE);
            if (url != null && sha != null) {
                Object size = a.get(ContentNamespace.CAPABILITY_SIZE_ATTRIBUTE);
                return new ResourceContent(URI.create(url.toString()), sha.toString().toLowerCase(Locale.ROOT),
                        size instanceof Number n ? n.longValue() : -1);
            }
        }
        throw new UnitscopeException("the index gives no content (osgi.content url and SHA-256) for " + ResourceIdentity.of(r));
    }
}
