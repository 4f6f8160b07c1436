package org.unitscope.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report's index.html: tables, then figures by section and layer; plain HTML and inline CSS only. */
final class HtmlPage {
    private static final Map<String, String> SECTIONS = sections();
    private static final String STYLE = "body{font:14px/1.45 sans-serif;margin:24px auto;max-width:1400px;color:#222}"
            + "table{border-collapse:collapse;margin:8px 0 20px;max-width:100%}td{overflow-wrap:anywhere}td.t{text-align:left}"
            + "th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}"
            + "th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}.note{color:#555}"
            + ".layer{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-start}figure{margin:0}"
            + "figcaption{font-size:12px;color:#555;max-width:480px}img{width:480px;height:320px;border:1px solid #eee}img.strip{width:auto;height:96px}"
            + "nav a{margin-right:14px}dt{font-weight:bold}";

    private final HtmlReport.Contents contents;
    private final Instant generated;
    private final StringBuilder html = new StringBuilder();

    HtmlPage(HtmlReport.Contents contents, Instant generated) {
        this.contents = contents;
        this.generated = generated;
    }

    private static Map<String, String> sections() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("prediction", "Does the receptive field predict the tuning? (the key figure)");
        s.put("examples", "Example units: " + ExampleUnits.RULE);
        s.put("distributions", "Distributions per layer");
        s.put("categories", "Category preferences per layer");
        return s;
    }

    String render() {
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>unitscope report: ")
                .append(esc(contents.title())).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>").append(esc(contents.title())).append("</h1>\n<p class=\"note\">unitscope report of <code>")
                .append(esc(contents.source())).append("</code>, drawn ").append(generated)
                .append(". Every number below is in <a href=\"report.json\">report.json</a>; each figure links to its SVG.</p>\n");
        nav();
        contents.tables().forEach(this::table);
        SECTIONS.forEach(this::section);
        definitions();
        return html.append("</body></html>\n").toString();
    }

    private void nav() {
        html.append("<nav>");
        contents.tables().forEach(t -> html.append("<a href=\"#table-").append(t.id()).append("\">").append(esc(t.title())).append("</a>"));
        SECTIONS.forEach((id, title) -> {
            if (contents.figures().stream().anyMatch(f -> f.section().equals(id))) {
                html.append("<a href=\"#").append(id).append("\">").append(esc(title)).append("</a>");
            }
        });
        html.append("</nav>\n");
    }

    private void table(ReportTable t) {
        html.append("<h2 id=\"table-").append(t.id()).append("\">").append(esc(t.title())).append("</h2>\n<p class=\"note\">")
                .append(esc(t.note())).append("</p>\n<table data-table=\"").append(t.id()).append("\"><thead><tr>");
        t.columns().forEach(c -> html.append("<th title=\"").append(esc(c.definition())).append("\">").append(esc(c.heading())).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            html.append("<tr>");
            for (int c = 0; c < t.columns().size(); c++) {
                html.append(t.columns().get(c).format().equals("%s") ? "<td class=\"t\">" : "<td>").append(esc(t.shown(r, c)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private void section(String id, String title) {
        List<Figure> figures = contents.figures().stream().filter(f -> f.section().equals(id)).toList();
        if (figures.isEmpty()) {
            return;
        }
        html.append("<h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2>\n");
        String layer = null;
        for (Figure f : figures) {
            if (!f.layer().equals(layer)) {
                html.append(layer == null ? "" : "</div>\n").append("<h3>").append(esc(f.layer())).append("</h3><div class=\"layer\">");
                layer = f.layer();
            }
            html.append("<figure><a href=\"").append(f.svg()).append("\"><img ").append(f.id().startsWith("example-top-")
                    ? "class=\"strip\" " : "").append("src=\"").append(f.png()).append("\" alt=\"")
                    .append(esc(f.layer() + ": " + f.caption())).append("\"></a><figcaption>").append(esc(f.caption()))
                    .append("</figcaption></figure>");
        }
        html.append("</div>\n");
    }

    private void definitions() {
        html.append("<h2 id=\"definitions\">Definitions</h2>\n<p class=\"note\">The columns of the tables; the metrics"
                + " themselves are defined in docs/SCIENCE.md of unitscope.</p><dl>\n");
        for (ReportTable t : contents.tables()) {
            t.columns().forEach(c -> html.append("<dt>").append(esc(t.title() + ": " + c.heading())).append("</dt><dd>")
                    .append(esc(c.definition())).append("</dd>\n"));
        }
        html.append("</dl>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
