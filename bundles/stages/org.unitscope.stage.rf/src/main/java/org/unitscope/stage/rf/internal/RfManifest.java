package org.unitscope.stage.rf.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.stage.ResolvedService;
import org.unitscope.api.stage.StageContext;

/** The manifest's "receptive_field" section: estimators, patches, the memory plan and the prediction stimuli. */
final class RfManifest {
    private RfManifest() {
    }

    static Map<String, Object> tree(StageContext context, List<String> layers, List<PatchGeometry> geometries, RfPlan plan) {
        List<Object> estimators = new ArrayList<>();
        context.estimators().forEach(e -> estimators.add(component(e)));
        Map<String, Object> patches = new LinkedHashMap<>();
        for (int l = 0; l < layers.size(); l++) {
            patches.put(layers.get(l), patch(geometries.get(l)));
        }
        Map<String, Object> rf = new LinkedHashMap<>();
        rf.put("estimators", estimators);
        rf.put("patches", patches);
        rf.put("memory_budget_bytes", plan.budget());
        rf.put("memory_needed_bytes", plan.totalBytes());
        rf.put("passes", plan.passes().size());
        context.prediction().ifPresent(p -> rf.put("prediction", component(p)));
        return rf;
    }

    private static Map<String, Object> patch(PatchGeometry g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("top", g.top());
        m.put("left", g.left());
        m.put("height", g.height());
        m.put("width", g.width());
        m.put("block", g.block());
        m.put("rows", g.rows());
        m.put("cols", g.cols());
        m.put("channels", g.channels());
        m.put("dimension", g.dimension());
        return m;
    }

    private static Map<String, Object> component(ResolvedService<?> s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("version", s.version());
        m.put("provider", s.provider());
        m.put("parameters", s.parameters().asMap());
        return m;
    }
}
