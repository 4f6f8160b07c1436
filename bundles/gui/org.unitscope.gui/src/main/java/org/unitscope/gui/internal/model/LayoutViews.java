package org.unitscope.gui.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The views a saved layout (ModernDocking's XML) names, with their tab titles. Read before the layout is restored: a
 * view whose plugin is gone must be registered as a placeholder first, or the docking library drops it from the layout.
 */
public final class LayoutViews {
    private LayoutViews() {
    }

    /** Persistent id to tab title, in document order; a toolbar entry has no title (its id is its title). */
    public static Map<String, String> read(Path layoutFile) throws IOException {
        try (InputStream in = Files.newInputStream(layoutFile)) {
            return read(in);
        }
    }

    public static Map<String, String> read(InputStream in) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false); // a layout file never needs entities
        Map<String, String> views = new LinkedHashMap<>();
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    collect(r, views);
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("not a layout file: " + e.getMessage(), e);
        }
        return views;
    }

    private static void collect(XMLStreamReader r, Map<String, String> views) {
        String id = r.getAttributeValue(null, "persistentID");
        if (id == null && "dockable".equals(r.getLocalName())) {
            id = r.getAttributeValue(null, "id"); // auto-hide toolbars
        }
        if (id == null || id.isEmpty()) {
            return;
        }
        String title = r.getAttributeValue(null, "tab-text");
        String known = views.get(id);
        views.put(id, title != null && !title.isEmpty() ? title : known != null ? known : id);
    }
}
