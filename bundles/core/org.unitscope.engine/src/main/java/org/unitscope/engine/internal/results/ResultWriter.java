package org.unitscope.engine.internal.results;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unitscope.api.metric.Curve;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.stage.ResultSink;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.math.io.CsvTable;
import org.unitscope.math.io.NpyArray;
import org.unitscope.math.io.NpzWriter;

/**
 * Writes a run's results, each file atomically: units.csv (one row per unit: layer, channel, true_*
 * parameters, every metric), curves.npz (tuning curves, "LAYER.CURVE" units x points and "LAYER.CURVE.axis"),
 * responses.npz ("LAYER" stimuli x units float32, streamed from the stored responses; "label.NAME" per stimulus) and
 * summary.txt.
 */
public final class ResultWriter {
    public static final String UNITS = "units.csv";
    public static final String CURVES = "curves.npz";
    public static final String RESPONSES = "responses.npz";
    public static final String SUMMARY = "summary.txt";
    public static final String FIGURES = "summary.json";

    /** Writes the files through the run's sink (which lists them in the manifest). */
    public void write(ResultSink sink, List<LayerResult> layers, LabelTable labels, List<String> summaryLines)
            throws IOException {
        sink.writeString(UNITS, unitsTable(layers).render());
        Map<String, NpyArray> curves = curves(layers);
        if (!curves.isEmpty()) {
            sink.write(CURVES, out -> NpzWriter.write(out, curves));
        }
        Map<String, NpyArray> responses = new LinkedHashMap<>();
        int done = layers.isEmpty() ? 0 : layers.get(0).stimuli();
        for (LayerResult l : layers) {
            responses.put(l.layer(), NpyArray.streamed(l.responses()::read, l.stimuli(), l.units())); // never one array: it may exceed 2^31
        }
        for (String name : labels.names()) {
            responses.put("label." + name, NpyArray.of(labels.column(name), done));
        }
        sink.write(RESPONSES, out -> NpzWriter.write(out, responses));
        sink.writeString(SUMMARY, String.join("\n", summaryLines) + "\n");
        Map<String, Object> figures = layerFigures(layers);
        if (!figures.isEmpty()) {
            sink.writeString(FIGURES, GSON.toJson(figures) + "\n");
        }
    }

    private static final com.google.gson.Gson GSON = new com.google.gson.GsonBuilder().setPrettyPrinting()
            .serializeSpecialFloatingPointValues().create();

    /** layer -> metric id -> that metric's layer-level figures (only metrics that report some). */
    static Map<String, Object> layerFigures(List<LayerResult> layers) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (LayerResult l : layers) {
            Map<String, Object> byMetric = new LinkedHashMap<>();
            l.metrics().forEach((id, m) -> {
                if (!m.layerFigures().isEmpty()) {
                    byMetric.put(id, m.layerFigures());
                }
            });
            if (!byMetric.isEmpty()) {
                out.put(l.layer(), byMetric);
            }
        }
        return out;
    }

    static CsvTable unitsTable(List<LayerResult> layers) {
        Set<String> truth = new LinkedHashSet<>();
        Set<String> columns = new LinkedHashSet<>();
        for (LayerResult l : layers) {
            l.truth().forEach(t -> truth.addAll(t.keySet()));
            for (MetricResult m : l.metrics().values()) {
                columns.addAll(m.scalars().keySet());
                columns.addAll(m.texts().keySet());
            }
        }
        List<String> header = new ArrayList<>(List.of("layer", "channel"));
        truth.forEach(t -> header.add("true_" + t));
        header.addAll(columns);
        CsvTable table = new CsvTable(header);
        for (LayerResult l : layers) {
            for (int u = 0; u < l.units(); u++) {
                CsvTable.Row row = table.row().set("layer", l.layer()).set("channel", Integer.toString(u));
                if (!l.truth().isEmpty()) {
                    l.truth().get(u).forEach((k, v) -> row.set("true_" + k, v));
                }
                for (MetricResult m : l.metrics().values()) {
                    final int unit = u;
                    m.scalars().forEach((k, v) -> row.set(k, v[unit]));
                    m.texts().forEach((k, v) -> row.set(k, v[unit]));
                }
            }
        }
        return table;
    }

    private static Map<String, NpyArray> curves(List<LayerResult> layers) {
        Map<String, NpyArray> out = new LinkedHashMap<>();
        for (LayerResult l : layers) {
            for (MetricResult m : l.metrics().values()) {
                for (Curve c : m.curves()) {
                    out.put(l.layer() + "." + c.name(), NpyArray.of(c.values()));
                    out.put(l.layer() + "." + c.name() + ".axis", NpyArray.of(c.axis(), c.axis().length));
                }
            }
        }
        return out;
    }
}
