package org.unitscope.math.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A CSV table built column-name first; quotes text that needs it, writes NaN as empty. */
public final class CsvTable {
    private final List<String> header;
    private final List<String[]> rows = new ArrayList<>();

    public CsvTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public Row row() {
        String[] r = new String[header.size()];
        rows.add(r);
        return new Row(r);
    }

    /** Cells of one row, set by column name. */
    public final class Row {
        private final String[] cells;

        Row(String[] cells) {
            this.cells = cells;
        }

        public Row set(String column, String value) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + column);
            }
            cells[i] = value;
            return this;
        }

        public Row set(String column, double value) {
            return set(column, Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.7g", value));
        }
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        line(sb, header.toArray(new String[0]));
        for (String[] r : rows) {
            line(sb, r);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells[i] == null ? "" : cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                c = '"' + c.replace("\"", "\"\"") + '"';
            }
            sb.append(c);
        }
        sb.append('\n');
    }
}
