package org.unitscope.runtime;

import java.util.ArrayList;
import java.util.List;

/** The package names of an Export-Package header (clauses split on commas outside quoted attribute values). */
final class ExportedPackages {

    private ExportedPackages() {
    }

    static List<String> of(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= header.length(); i++) {
            char c = i < header.length() ? header.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                String clause = header.substring(start, i);
                for (String part : clause.split(";")) {
                    // a clause lists its packages first, then directives (:=) and attributes (=)
                    if (!part.contains("=") && !part.isBlank()) {
                        names.add(part.trim());
                    }
                }
                start = i + 1;
            }
        }
        return names;
    }
}
