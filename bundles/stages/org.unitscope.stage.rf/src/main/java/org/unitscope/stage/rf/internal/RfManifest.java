package org.unitscope.stage.rf.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unitscope.api.run.RfSharding;
import org.unitscope.api.stage.ResolvedService;
import org.unitscope.api.stage.StageContext;

/** The manifest's "receptive_field" section: estimators, patches, the memory plan and the prediction stimuli. */
final class RfManifest {
    private RfManifest() {
    }

    static Map<String, Object> tree(StageContext context, List<String> layers, List<PatchGeometry> geometries, RfPlan plan,
            MatrixPlan matrix) {
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
        rf.put("block_size", context.description().rf().blockSize());
        if (context.description().rf().sharding().mode() != RfSharding.Mode.NONE) {
            RfSharding s = context.description().rf().sharding();
            Map<String, Object> sharding = new LinkedHashMap<>();
            sharding.put("mode", s.mode().name().toLowerCase(Locale.ROOT));
            if (s.mode() == RfSharding.Mode.SHARD) {
                sharding.put("part", s.part());
                sharding.put("parts", s.parts());
            }
            sharding.put("path", s.path().toString());
            if (s.probed() != null) {
                sharding.put("probed", s.probed().toString()); // the responses were read from these probe parts
            }
            rf.put("sharding", sharding);
        }
        if (!matrix.items().isEmpty()) {
            rf.put("matrix_free", matrixItems(matrix, layers, context));
        }
        context.prediction().ifPresent(p -> rf.put("prediction", component(p)));
        return rf;
    }

    private static List<Object> matrixItems(MatrixPlan matrix, List<String> layers, StageContext context) {
        List<Object> out = new ArrayList<>();
        for (MatrixPlan.Item i : matrix.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("layer", layers.get(i.layer()));
            m.put("estimator", context.estimators().get(i.estimator()).id());
            m.put("stimuli", i.stimuli());
            m.put("dimension", i.dimension());
            m.put("patch_matrix_bytes", i.matrixBytes());
            m.put("memory_mapped", i.mapped());
            m.put("bytes_per_unit", i.perUnitBytes());
            m.put("units_per_group", i.unitsPerGroup());
            if (Double.isFinite(i.estimatedSeconds())) {
                m.put("estimated_seconds", Math.round(i.estimatedSeconds() * 10) / 10.0);
            }
            out.add(m);
        }
        return out;
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
