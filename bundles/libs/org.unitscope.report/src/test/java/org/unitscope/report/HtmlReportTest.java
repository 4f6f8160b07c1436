package org.unitscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report drawn from results folders written here, unit by unit, with known contents: the tables' numbers are the
 * fractions and medians counted by hand below, a histogram's plotted counts are the units.csv values counted by hand,
 * the prediction figure plots prediction.csv's pairs, every PNG and SVG decodes, and nothing in the page points
 * outside the folder.
 */
class HtmlReportTest {
    @TempDir
    Path tmp;
    private Path study;
    private final List<double[]> units = new ArrayList<>();

    @BeforeEach
    void writeStudy() throws Exception {
        study = tmp.resolve("study");
        Files.createDirectories(study.resolve("tuning"));
        Files.createDirectories(study.resolve("rf"));
        Files.writeString(study.resolve("study.json"), "{\"study\": \"a small study\", \"parts\": [{\"name\": \"tuning\"}, {\"name\": \"rf\"},"
                + " {\"name\": \"not-run-yet\"}]}");
        Files.writeString(study.resolve("tuning/manifest.json"), manifest("orientation"));
        Files.writeString(study.resolve("rf/manifest.json"), manifest(null));
        StringBuilder csv = new StringBuilder("layer,channel,pref_ori_deg,circ_var,ori_status,pref_sf_cpp,sf_class,f1_f0,phase_class\n");
        Random r = new Random(3);
        for (int i = 0; i < 40; i++) {
            String layer = i < 30 ? "conv1" : "conv2";
            String status = i % 5 == 4 ? "unresponsive" : i % 5 == 3 ? "multi-peaked" : "tuned";
            double ori = r.nextDouble() * 180;
            double cv = r.nextDouble();
            double sf = 0.05 * Math.pow(2, r.nextInt(4));
            double f1f0 = r.nextDouble() * 2;
            units.add(new double[] {i < 30 ? 1 : 2, "tuned".equals(status) ? 1 : 0, ori, status.equals("unresponsive") ? Double.NaN : cv});
            csv.append(String.format(Locale.ROOT, "%s,%d,%s,%s,%s,%.4f,%s,%.4f,%s%n", layer, i, "tuned".equals(status) ? fmt(ori) : "",
                    status.equals("unresponsive") ? "" : fmt(cv), status, sf, i % 2 == 0 ? "band-pass" : "low-pass", f1f0,
                    f1f0 > 1 ? "simple" : "complex"));
        }
        Files.writeString(study.resolve("tuning/units.csv"), csv);
        Files.writeString(study.resolve("rf/prediction.csv"), "layer,unit,estimator,measured_orientation,predicted_orientation,"
                + "abs_delta_orientation,measured_sf,predicted_sf,sf_error_octaves\n"
                + "conv1,0,awa,10.0,12.0,2.0,0.1,0.11,0.14\nconv1,1,awa,90.0,,,0.2,0.2,0\nconv1,0,awc,10.0,170.0,20.0,0.1,0.1,0\n");
        Files.writeString(study.resolve("rf/prediction-summary.csv"), "layer,estimator,units,significant,compared,untuned,sf_compared,"
                + "circular_correlation,median_abs_delta_orientation,fraction_within_15,median_sf_error_octaves\n"
                + "conv1,awa,30,2,1,1,2,,2.0,1.0,0.07\nconv1,awc,30,1,1,0,1,,20.0,0.0,0\n");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    private static String manifest(String metric) {
        return "{\"status\": \"complete\", \"unitscope\": {\"version\": \"0.1\", \"java\": \"17\"}, \"run\": {\"name\": \"x\", \"seed\": 7},"
                + " \"model\": {\"id\": \"m\", \"name\": \"M\", \"sha256\": \"abc\", \"preprocessing\": \"centred\"},"
                + " \"layers\": [{\"name\": \"conv1\"}, {\"name\": \"conv2\"}], \"stimulus\": {\"id\": \"gratings\", \"version\": \"1\","
                + " \"parameters\": {\"sfCount\": 8}}, \"metrics\": [" + (metric == null ? "" : "{\"id\": \"" + metric + "\"}") + "],"
                + " \"stimuli_done\": 769, \"skipped_stimuli\": [], \"failed_stimuli\": [], \"timings_s\": {\"total\": 4.5}}";
    }

    private JsonObject report() throws Exception {
        HtmlReport.write(StudyResults.read(study), study.resolve("report"));
        return JsonParser.parseString(Files.readString(study.resolve("report/report.json"))).getAsJsonObject();
    }

    private static JsonObject find(JsonArray a, String id) {
        return a.asList().stream().map(e -> e.getAsJsonObject()).filter(o -> id.equals(o.get("id").getAsString())).findFirst().orElseThrow();
    }

    @Test
    void theTuningTableHoldsTheFractionsAndMediansOfUnitsCsv() throws Exception {
        JsonArray rows = find(report().getAsJsonArray("tables"), "tuning").getAsJsonArray("rows");
        JsonArray conv1 = rows.get(0).getAsJsonArray();
        assertThat(conv1.get(0).getAsString()).isEqualTo("conv1");
        assertThat(conv1.get(1).getAsInt()).isEqualTo(30);
        assertThat(conv1.get(2).getAsDouble()).as("tuned: i % 5 in 0..2").isEqualTo(18 / 30.0);
        assertThat(conv1.get(3).getAsDouble()).isEqualTo(6 / 30.0);
        assertThat(conv1.get(4).getAsDouble()).isEqualTo(6 / 30.0);
        double[] cvs = units.stream().filter(u -> u[0] == 1 && !Double.isNaN(u[3])).mapToDouble(u -> u[3]).sorted().toArray();
        assertThat(conv1.get(5).getAsDouble()).isCloseTo((cvs[11] + cvs[12]) / 2, within(1e-5));
        assertThat(conv1.get(6).getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void aHistogramPlotsTheCountsOfTheUnitsItWasDrawnFrom() throws Exception {
        JsonObject data = find(report().getAsJsonArray("figures"), "ori-conv1").getAsJsonObject("data");
        int[] byHand = new int[12];
        units.stream().filter(u -> u[0] == 1 && u[1] == 1).forEach(u -> byHand[(int) Math.min(11, Math.floor(u[2] / 15))]++);
        int[] plotted = data.getAsJsonObject("counts").getAsJsonArray("conv1").asList().stream().mapToInt(e -> e.getAsInt()).toArray();
        assertThat(plotted).isEqualTo(byHand);
        assertThat(data.getAsJsonObject("values").get("conv1").getAsInt()).isEqualTo(18);
    }

    @Test
    void theKeyFigurePlotsEachEstimatorsMeasuredAndPredictedPairs() throws Exception {
        JsonObject figure = find(report().getAsJsonArray("figures"), "predicted-ori-conv1");
        assertThat(figure.get("caption").getAsString()).endsWith("awa: 1 compared, circular r -, median |Δori| 2.0°, 1.00 within 15°;"
                + " awc: 1 compared, circular r -, median |Δori| 20.0°, 0.00 within 15°");
        JsonObject data = figure.getAsJsonObject("data");
        assertThat(data.getAsJsonObject("awa").getAsJsonArray("measured").toString()).isEqualTo("[10.0,90.0]");
        assertThat(data.getAsJsonObject("awa").getAsJsonArray("predicted").toString()).as("no prediction: null").isEqualTo("[12.0,null]");
        assertThat(data.getAsJsonObject("awc").getAsJsonArray("predicted").toString()).isEqualTo("[170.0]");
        JsonArray rf = find(report().getAsJsonArray("tables"), "receptive-fields").getAsJsonArray("rows");
        assertThat(rf.get(0).toString()).isEqualTo("[\"conv1\",\"awa\",30,2,1,null,2.0,1.0,0.07]");
    }

    @Test
    void everyFigureDecodesAndThePageOnlyPointsIntoItsFolder() throws Exception {
        JsonArray figures = report().getAsJsonArray("figures");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // JFreeSVG names the SVG 1.1 DTD
        assertThat(figures.size()).as("4 distributions x 2 layers + 2 prediction figures x 2 layers").isEqualTo(12);
        for (var f : figures) {
            BufferedImage png = ImageIO.read(study.resolve("report").resolve(f.getAsJsonObject().get("png").getAsString()).toFile());
            assertThat(png.getWidth()).isEqualTo(FigureFiles.WIDTH);
            var svg = xml.newDocumentBuilder()
                    .parse(study.resolve("report").resolve(f.getAsJsonObject().get("svg").getAsString()).toFile());
            assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        }
        String html = Files.readString(study.resolve("report/index.html"));
        assertThat(html).doesNotContain("http:", "https:", "<script", "//");
        assertThat(html).contains("<td>0.600</td>".replace("0.600", "0.60"));
    }

    @Test
    void aSecondReportReplacesTheFirstWholeAndLeavesNoTemporaryFolder() throws Exception {
        report();
        Files.writeString(study.resolve("report/stale.txt"), "from the first report");
        report();
        assertThat(study.resolve("report/stale.txt")).doesNotExist();
        try (var files = Files.list(study)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))).isEmpty();
        }
    }

    @Test
    void aComparisonOverlaysTheSharedLayersDistributionsAndKeepsEachStudysTables() throws Exception {
        Path other = tmp.resolve("control");
        Files.createDirectories(other.resolve("tuning"));
        Files.writeString(other.resolve("study.json"), "{\"study\": \"control\", \"parts\": [{\"name\": \"tuning\"}]}");
        Files.writeString(other.resolve("tuning/manifest.json"), manifest("orientation").replace("{\"name\": \"conv2\"}", "{\"name\": \"fc\"}"));
        Files.writeString(other.resolve("tuning/units.csv"), "layer,channel,pref_ori_deg,circ_var,ori_status,pref_sf_cpp,sf_class,f1_f0,phase_class\n"
                + "conv1,0,44.0,0.2,tuned,0.1,band-pass,0.5,complex\nconv1,1,46.0,0.3,tuned,0.1,band-pass,1.5,simple\n");
        java.util.Map<String, StudyResults> both = new java.util.LinkedHashMap<>();
        both.put("trained", StudyResults.read(study));
        both.put("control", StudyResults.read(other));
        HtmlReport.Contents c = HtmlReport.write(both, tmp.resolve("compare"));
        assertThat(c.title()).isEqualTo("comparison: trained (a small study) against control (control)");
        assertThat(c.tables()).extracting(ReportTable::id).contains("trained-tuning", "control-tuning", "control-provenance");
        JsonObject json = JsonParser.parseString(Files.readString(tmp.resolve("compare/report.json"))).getAsJsonObject();
        JsonObject counts = find(json.getAsJsonArray("figures"), "ori-conv1").getAsJsonObject("data").getAsJsonObject("counts");
        assertThat(counts.keySet()).containsExactly("trained", "control");
        assertThat(counts.getAsJsonArray("control").toString()).as("44 and 46 degrees: bins 2 and 3 of 15 degrees")
                .isEqualTo("[0,0,1,1,0,0,0,0,0,0,0,0]");
        assertThat(json.getAsJsonArray("figures").asList().stream().map(f -> f.getAsJsonObject().get("id").getAsString()))
                .as("conv2 is not in the control: not overlaid").noneMatch(id -> id.equals("ori-conv2"))
                .contains("trained-predicted-ori-conv1");
    }
}
