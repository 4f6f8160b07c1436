package org.unitscope.report;

import java.util.Map;

/**
 * One figure of the report: its files (PNG to show, SVG to print or edit), what it shows, the layer it belongs to (or
 * null), and the numbers it plots (kept in report.json, so what is drawn can be checked against the results).
 */
public record Figure(String id, String section, String layer, String caption, Map<String, Object> data) {

    public String png() {
        return "figures/" + id + ".png";
    }

    public String svg() {
        return "figures/" + id + ".svg";
    }
}
