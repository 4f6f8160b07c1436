package org.unitscope.engine.internal;

import java.util.Set;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.stimulus.LabelTable;

/** Leaves stimuli that failed to render out of a response table (their rows would be mean-gray placeholders). */
final class StimulusRows {
    private StimulusRows() {
    }

    static ResponseTable without(Set<Integer> failed, ResponseTable table) {
        LabelTable labels = table.labels();
        int units = table.units();
        float[] responses = table.responses();
        int n = labels.count();
        int kept = 0;
        for (int i = 0; i < n; i++) {
            kept += failed.contains(i) ? 0 : 1;
        }
        double[][] cols = new double[labels.names().size()][kept];
        float[] values = new float[kept * units];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (failed.contains(i)) {
                continue;
            }
            for (int c = 0; c < cols.length; c++) {
                cols[c][k] = labels.columns()[c][i];
            }
            System.arraycopy(responses, i * units, values, k * units, units);
            k++;
        }
        return new ResponseTable(table.layer(), units, new LabelTable(labels.names(), cols, labels.levels()), values, table.rfSize());
    }
}
