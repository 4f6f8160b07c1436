package org.unitscope.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;

/** report.json: the tables' numbers (undefined = null) and each figure's plotted data, as the HTML shows them. */
final class ReportJson {
    private ReportJson() {
    }

    static String of(HtmlReport.Contents c) {
        JsonObject o = new JsonObject();
        o.addProperty("title", c.title());
        o.addProperty("source", c.source());
        JsonArray tables = new JsonArray();
        c.tables().forEach(t -> tables.add(table(t)));
        o.add("tables", tables);
        JsonArray figures = new JsonArray();
        for (Figure f : c.figures()) {
            JsonObject j = new JsonObject();
            j.addProperty("id", f.id());
            j.addProperty("section", f.section());
            j.addProperty("layer", f.layer());
            j.addProperty("caption", f.caption());
            j.addProperty("png", f.png());
            j.addProperty("svg", f.svg());
            j.add("data", value(f.data()));
            figures.add(j);
        }
        o.add("figures", figures);
        return new GsonBuilder().setPrettyPrinting().create().toJson(o) + "\n";
    }

    private static JsonObject table(ReportTable t) {
        JsonObject j = new JsonObject();
        j.addProperty("id", t.id());
        j.addProperty("title", t.title());
        j.addProperty("note", t.note());
        JsonArray columns = new JsonArray();
        for (ReportTable.Column c : t.columns()) {
            JsonObject col = new JsonObject();
            col.addProperty("heading", c.heading());
            col.addProperty("format", c.format());
            col.addProperty("definition", c.definition());
            columns.add(col);
        }
        j.add("columns", columns);
        j.add("rows", value(t.rows()));
        return j;
    }

    /** Numbers, text, arrays, lists and maps as JSON; NaN and infinities as null. */
    static JsonElement value(Object v) {
        if (v == null || v instanceof Double d && !Double.isFinite(d)) {
            return JsonNull.INSTANCE;
        }
        if (v instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (v instanceof double[] a) {
            JsonArray out = new JsonArray();
            for (double x : a) {
                out.add(value(x));
            }
            return out;
        }
        if (v instanceof int[] a) {
            JsonArray out = new JsonArray();
            for (int x : a) {
                out.add(x);
            }
            return out;
        }
        if (v instanceof List<?> l) {
            JsonArray out = new JsonArray();
            l.forEach(x -> out.add(value(x)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            JsonObject out = new JsonObject();
            m.forEach((k, x) -> out.add(String.valueOf(k), value(x)));
            return out;
        }
        return new JsonPrimitive(String.valueOf(v));
    }
}
