package org.unitscope.gui.internal.model;

import java.util.ArrayList;
import java.util.List;

/** Splits CSV text into lines of cells (RFC 4180 quoting; blank lines skipped). */
final class CsvLines {
    private CsvLines() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                endLine(out, line, cell);
                line = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        endLine(out, line, cell);
        return out;
    }

    private static void endLine(List<List<String>> out, List<String> line, StringBuilder cell) {
        if (line.isEmpty() && cell.length() == 0) {
            return;
        }
        line.add(cell.toString());
        cell.setLength(0);
        out.add(line);
    }
}
