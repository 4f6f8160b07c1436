package org.unitscope.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table of the report: columns with the format their numbers are shown in and what they mean, and rows of cells
 * (text or numbers; NaN = undefined, shown as "-"). The HTML shows {@link #shown}; report.json keeps the numbers, so a
 * reader (or the report's own test) can check one against the other.
 */
public record ReportTable(String id, String title, String note, List<Column> columns, List<List<Object>> rows) {

    /** A column: its heading, the format of its numbers (e.g. "%.2f"; "%s" for text) and its definition. */
    public record Column(String heading, String format, String definition) {
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> (List<Object>) new ArrayList<>(r)).toList();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row of " + r.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** A cell as the HTML shows it. */
    public String shown(int row, int column) {
        return format(columns.get(column).format(), rows.get(row).get(column));
    }

    static String format(String format, Object value) {
        if (value instanceof Double d && !Double.isFinite(d)) {
            return "-";
        }
        if (value instanceof Number n && format.equals("%d")) {
            return String.format(Locale.ROOT, "%d", n.longValue());
        }
        return String.format(Locale.ROOT, format, value);
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final String note;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        public Builder(String id, String title, String note) {
            this.id = id;
            this.title = title;
            this.note = note;
        }

        public Builder column(String heading, String format, String definition) {
            columns.add(new Column(heading, format, definition));
            return this;
        }

        public Builder row(Object... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public ReportTable build() {
            return new ReportTable(id, title, note, columns, rows);
        }
    }
}
