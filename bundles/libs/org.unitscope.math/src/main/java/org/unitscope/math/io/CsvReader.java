package org.unitscope.math.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the CSV that {@link CsvTable} writes (RFC 4180 quoting; blank lines skipped). */
public final class CsvReader {
    private CsvReader() {
    }

    /** The rows of a file with a header line, each as column -> cell (missing trailing cells are empty). */
    public static List<Map<String, String>> rows(Path file) throws IOException {
        List<List<String>> lines = lines(Files.readString(file, StandardCharsets.UTF_8));
        List<Map<String, String>> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        List<String> header = lines.get(0);
        for (List<String> line : lines.subList(1, lines.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < line.size() ? line.get(i) : "");
            }
            out.add(row);
        }
        return out;
    }

    /** CSV text as lines of cells. */
    public static List<List<String>> lines(String text) {
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
