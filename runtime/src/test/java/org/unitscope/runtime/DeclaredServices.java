package org.unitscope.runtime;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * How many services of each interface the installed bundles promise, read from their Declarative Services
 * descriptors (the Service-Component header): the expected counts follow the bundles, so a new metric needs no
 * test edit. Disabled and factory components register nothing by themselves and are not counted.
 */
final class DeclaredServices {

    private DeclaredServices() {
    }

    static Map<String, Integer> of(Bundle[] bundles) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Bundle b : bundles) {
            for (URL descriptor : descriptors(b)) {
                for (String service : provided(descriptor)) {
                    counts.merge(service, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static List<URL> descriptors(Bundle b) {
        String header = b.getHeaders().get("Service-Component");
        List<URL> urls = new ArrayList<>();
        if (header == null) {
            return urls;
        }
        for (String path : header.split(",")) {
            String p = path.trim();
            int slash = p.lastIndexOf('/');
            if (p.contains("*")) {
                var found = b.findEntries(slash < 0 ? "/" : p.substring(0, slash), p.substring(slash + 1), false);
                if (found != null) {
                    urls.addAll(Collections.list(found));
                }
            } else {
                URL u = b.getEntry(p);
                if (u == null) {
                    throw new IllegalStateException(b.getSymbolicName() + " names a missing component descriptor " + p);
                }
                urls.add(u);
            }
        }
        return urls;
    }

    /** The interfaces each enabled, non-factory component of one descriptor provides (one entry per component). */
    static List<String> provided(URL descriptor) {
        List<String> services = new ArrayList<>();
        try (InputStream in = descriptor.openStream()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(in);
            NodeList components = doc.getElementsByTagNameNS("*", "component");
            for (int i = 0; i < components.getLength(); i++) {
                Element c = (Element) components.item(i);
                if ("false".equals(c.getAttribute("enabled")) || !c.getAttribute("factory").isEmpty()) {
                    continue;
                }
                NodeList provides = c.getElementsByTagName("provide");
                for (int j = 0; j < provides.getLength(); j++) {
                    services.add(((Element) provides.item(j)).getAttribute("interface"));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read component descriptor " + descriptor, e);
        }
        return services;
    }
}
