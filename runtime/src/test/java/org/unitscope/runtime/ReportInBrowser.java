package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A report opened in headless Chromium as a reader opens it (scripts/report-check/open_report.py, the DevTools
 * protocol): no console error or warning, no request outside the report's folder and none failed, every image decodes
 * (one per figure of report.json), and every table cell shows report.json's number in its column's format (NaN and
 * undefined as "-"). The screenshot is kept in target/report-screenshots/.
 */
final class ReportInBrowser {
    private ReportInBrowser() {
    }

    static void check(Path report, String screenshot) throws Exception {
        Path shots = Files.createDirectories(Path.of("target/report-screenshots"));
        Path script = Path.of(System.getProperty("unitscope.root", "..")).resolve("scripts/report-check/open_report.py");
        Process p = new ProcessBuilder("python3", script.toString(), report.resolve("index.html").toString(),
                shots.resolve(screenshot + ".png").toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("open_report.py: " + out).isZero();
        JsonObject seen = JsonParser.parseString(out).getAsJsonObject();
        JsonObject json = JsonParser.parseString(Files.readString(report.resolve("report.json"))).getAsJsonObject();
        String folder = report.toUri().toString();
        assertThat(strings(seen.getAsJsonArray("requests"))).allMatch(u -> u.startsWith(folder), "inside " + folder);
        assertThat(strings(seen.getAsJsonArray("failed"))).isEmpty();
        assertThat(strings(seen.getAsJsonArray("console"))).isEmpty();
        JsonObject images = seen.getAsJsonObject("images");
        assertThat(strings(images.getAsJsonArray("broken"))).isEmpty();
        assertThat(images.get("total").getAsInt()).isEqualTo(json.getAsJsonArray("figures").size()).isPositive();
        for (JsonElement t : json.getAsJsonArray("tables")) {
            assertThat(rendered(seen, t.getAsJsonObject().get("id").getAsString())).isEqualTo(expected(t.getAsJsonObject()));
        }
    }

    private static List<List<String>> rendered(JsonObject seen, String table) {
        List<List<String>> out = new ArrayList<>();
        seen.getAsJsonObject("tables").getAsJsonArray(table).forEach(r -> out.add(strings(r.getAsJsonArray())));
        return out;
    }

    /** report.json's cells in their columns' formats, as docs/RESULTS.md states the rule. */
    private static List<List<String>> expected(JsonObject table) {
        JsonArray columns = table.getAsJsonArray("columns");
        List<List<String>> out = new ArrayList<>();
        for (JsonElement r : table.getAsJsonArray("rows")) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String format = columns.get(c).getAsJsonObject().get("format").getAsString();
                JsonElement v = r.getAsJsonArray().get(c);
                row.add(v.isJsonNull() ? "-" : format.equals("%s") ? v.getAsString()
                        : format.equals("%d") ? String.valueOf(v.getAsLong()) : String.format(Locale.ROOT, format, v.getAsDouble()));
            }
            out.add(row);
        }
        return out;
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsString()));
        return out;
    }
}
