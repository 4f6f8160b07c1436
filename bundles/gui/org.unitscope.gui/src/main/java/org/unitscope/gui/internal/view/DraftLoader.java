package org.unitscope.gui.internal.view;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JTextField;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.RunDescription;
import org.unitscope.gui.internal.model.ServiceForm;

/** Puts a run description into the editor's choosers and fields; returns what could not be shown (missing services). */
final class DraftLoader {
    private final RunDescription d;
    private final ServiceChooser model;
    private final ServiceChooser stimulus;
    private final ServiceChooser metrics;
    private final ServiceChooser estimators;

    DraftLoader(RunDescription d, ServiceChooser model, ServiceChooser stimulus, ServiceChooser metrics, ServiceChooser estimators) {
        this.d = d;
        this.model = model;
        this.stimulus = stimulus;
        this.metrics = metrics;
        this.estimators = estimators;
    }

    List<String> load(JTextField name, JTextField layers, JTextField readout, JTextField seed, JTextField batch) {
        name.setText(d.name());
        layers.setText(String.join(",", d.layers()));
        readout.setText(d.readout().toString());
        seed.setText(Long.toString(d.seed()));
        batch.setText(d.batchSize() == RunDescription.AUTO_BATCH ? "auto" : Integer.toString(d.batchSize()));
        List<String> missing = new ArrayList<>();
        for (ServiceChooser c : List.of(model, stimulus, metrics, estimators)) {
            c.clear();
        }
        put(model, d.model(), missing);
        put(stimulus, d.stimulus(), missing);
        d.metrics().forEach(m -> put(metrics, m, missing));
        d.estimators().forEach(e -> put(estimators, e, missing));
        return missing;
    }

    private static void put(ServiceChooser chooser, ComponentRef ref, List<String> missing) {
        ServiceEntry e = chooser.present(ref.id());
        if (e == null || !chooser.choose(ServiceForm.of(e, ref))) {
            missing.add("not installed: " + chooser.kind().words() + " '" + ref.id() + "'");
        }
    }
}
