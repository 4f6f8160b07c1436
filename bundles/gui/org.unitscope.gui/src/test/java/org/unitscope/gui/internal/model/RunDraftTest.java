package org.unitscope.gui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.api.model.Readout;
import org.unitscope.api.run.RunDescription;

class RunDraftTest {
    private static ServiceEntry entry(ServiceKind kind, String id, ParameterSpec... specs) {
        return ServiceEntry.of(kind, new ServiceInfo(id, "1.0.0", id, List.of(specs)), "b", "1", id.hashCode());
    }

    private static final ServiceEntry MODEL = entry(ServiceKind.MODEL, "synthetic-v1", ParameterSpec.integer("rf", 21, "rf").atLeast(3));
    private static final ServiceEntry GRATINGS = entry(ServiceKind.STIMULUS, "gratings", ParameterSpec.integer("sfCount", 8, "n").atLeast(1));
    private static final ServiceEntry ORIENTATION = entry(ServiceKind.METRIC, "orientation");

    @Test
    void aCompleteDraftIsTheRunDescriptionTheCommandLineReads() {
        ServiceForm stimulus = new ServiceForm(GRATINGS);
        stimulus.set("sfCount", "4");
        RunDraft d = new RunDraft("gui smoke", new ServiceForm(MODEL), "simple, complex", "centre", stimulus,
                List.of(new ServiceForm(ORIENTATION)), List.of(), "3", "32");
        assertThat(d.problems()).isEmpty();
        RunDescription r = d.toDescription();
        assertThat(r.name()).isEqualTo("gui smoke");
        assertThat(r.model().id()).isEqualTo("synthetic-v1");
        assertThat(r.model().parameters()).isEmpty();
        assertThat(r.layers()).containsExactly("simple", "complex");
        assertThat(r.readout()).isEqualTo(Readout.centre());
        assertThat(r.stimulus().parameters()).isEqualTo(Map.of("sfCount", 4));
        assertThat(r.metrics()).extracting(c -> c.id()).containsExactly("orientation");
        assertThat(r.seed()).isEqualTo(3);
        assertThat(r.batchSize()).isEqualTo(32);
        assertThat(new RunDraft("x", new ServiceForm(MODEL), "", "centre", stimulus, List.of(new ServiceForm(ORIENTATION)), List.of(),
                "0", "auto").toDescription().batchSize()).isEqualTo(RunDescription.AUTO_BATCH);
    }

    @Test
    void everyProblemIsListed() {
        ServiceForm model = new ServiceForm(MODEL);
        model.set("rf", "2");
        RunDraft d = new RunDraft(" ", model, "", "middle", null, List.of(), List.of(), "x", "0");
        assertThat(d.problems()).containsExactly("name: a run needs a name", "stimulus: choose a stimulus set",
                "metrics: choose at least one metric or estimator",
                "readout: readout must be 'centre', 'mean' or 'ROW,COL', not 'middle'", "seed: must be an integer, not 'x'", "batch size: must be 'auto' or an integer >= 1, not '0'",
                "parameter 'rf' of 'synthetic-v1' is 2; allowed: >= 3");
        assertThatThrownBy(d::toDescription).isInstanceOf(IllegalStateException.class).hasMessageContaining("seed: must be");
    }
}
