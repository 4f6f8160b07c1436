package org.unitscope.gui.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.unitscope.api.model.Readout;
import org.unitscope.api.run.RunDescription;

/**
 * What the run editor holds: the name, the chosen services' forms and the run's own settings as typed. It becomes a
 * {@link RunDescription} (the JSON of {@code conf/runs/*.json}) or the list of what is wrong.
 */
public record RunDraft(String name, ServiceForm model, String layers, String readout, ServiceForm stimulus,
        List<ServiceForm> metrics, List<ServiceForm> estimators, String seed, String batch) {

    public RunDraft {
        metrics = List.copyOf(metrics);
        estimators = List.copyOf(estimators);
    }

    /** Every problem, one line each ("seed: ...", then each form's messages); empty when the draft is a run. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add("name: a run needs a name");
        }
        if (model == null) {
            out.add("model: choose a model backend");
        }
        if (stimulus == null) {
            out.add("stimulus: choose a stimulus set");
        }
        if (metrics.isEmpty() && estimators.isEmpty()) {
            out.add("metrics: choose at least one metric or estimator");
        }
        try {
            Readout.parse(readout);
        } catch (IllegalArgumentException e) {
            out.add("readout: " + e.getMessage());
        }
        if (seedValue() == null) {
            out.add("seed: must be an integer, not '" + seed + "'");
        }
        if (batchValue() == null) {
            out.add("batch size: must be 'auto' or an integer >= 1, not '" + batch + "'");
        }
        List<ServiceForm> forms = new ArrayList<>(metrics);
        forms.addAll(estimators);
        forms.add(0, stimulus);
        forms.add(0, model);
        forms.stream().filter(f -> f != null).forEach(f -> f.errors().values().forEach(out::add));
        return out;
    }

    /**
     * The run description.
     *
     * @throws IllegalStateException listing the problems when there are any
     */
    public RunDescription toDescription() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        RunDescription.Builder b = RunDescription.builder().name(name.strip()).model(model.toRef()).layers(layerList())
                .readout(Readout.parse(readout)).stimulus(stimulus.toRef()).seed(seedValue()).batchSize(batchValue());
        metrics.forEach(m -> b.metric(m.toRef()));
        estimators.forEach(e -> b.estimator(e.toRef()));
        return b.build();
    }

    /** The layers typed comma-separated; none = all. */
    public List<String> layerList() {
        return layerNames(layers);
    }

    /** The names in a layers field's text (comma-separated; blank = none named, i.e. all). */
    public static List<String> layerNames(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The batch size: {@link RunDescription#AUTO_BATCH} for "auto" or blank, null when not allowed. */
    private Integer batchValue() {
        String b = batch == null ? "" : batch.strip();
        if (b.isEmpty() || b.equalsIgnoreCase("auto")) {
            return RunDescription.AUTO_BATCH;
        }
        try {
            int n = Integer.parseInt(b);
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Long seedValue() {
        try {
            return Long.parseLong(seed == null ? "" : seed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
