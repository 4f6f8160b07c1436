package org.unitscope.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.Parameters;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.engine.internal.catalog.Provided;

/** The manifest's sections about the services, the model and its layers. */
final class ManifestTrees {
    private ManifestTrees() {
    }

    static Map<String, Object> model(ResolvedRun run, ModelDescription md) {
        Map<String, Object> m = component(run.model(), run.modelParameters());
        m.put("name", md.name());
        m.put("weights", md.weightsSource());
        m.put("sha256", md.weightsSha256());
        m.put("preprocessing", md.inputPreprocessing().text());
        m.put("inputSize", md.inputSize());
        m.put("inputChannels", md.inputChannels());
        m.put("provenance", md.provenance());
        return m;
    }

    static Map<String, Object> layer(LayerInfo l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", l.name());
        m.put("channels", l.channels());
        m.put("mapSize", l.mapSize());
        m.put("rf", Map.of("size", l.rf().size(), "jump", l.rf().jump(), "start", l.rf().start()));
        return m;
    }

    static List<Object> metrics(ResolvedRun run) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < run.metrics().size(); i++) {
            list.add(component(run.metrics().get(i), run.metricParameters().get(i)));
        }
        return list;
    }

    static List<Object> stages(List<ProvidedStage> stages) {
        List<Object> list = new ArrayList<>();
        for (ProvidedStage s : stages) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.stage().id());
            m.put("order", s.stage().order());
            m.put("provider", s.provider());
            list.add(m);
        }
        return list;
    }

    static Map<String, Object> component(Provided<?> p, Parameters parameters) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("version", p.version());
        m.put("provider", p.provider());
        m.put("parameters", parameters.asMap());
        return m;
    }

    /** Where the run holds its responses: "heap", or "memory-mapped" files in the results folder's FOLDER/. */
    static Map<String, Object> responses(org.unitscope.engine.internal.sizing.ResponsePlacement place, String folder) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("held", place.spilled() ? "memory-mapped" : "heap");
        if (place.spilled()) {
            m.put("folder", folder); // removed when the run ends
        }
        m.put("bytes", place.bytes());
        m.put("heap_max_bytes", place.heapMax());
        return m;
    }
}
