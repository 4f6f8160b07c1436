package org.unitscope.engine.internal;

import java.util.List;
import java.util.Map;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.RfWindow;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;

/**
 * What a run has open from its start to its end: the model, the probe on its layers, the stimulus sequence; and the
 * read-out units' windows derived from them ({@link ReadoutWindows}).
 */
record OpenedRun(LoadedModel model, ModelDescription description, List<LayerInfo> layers, Probe probe, Map<String, RfWindow> windows,
        StimulusSequence sequence, LabelTable labels, StimulusFormat format, int batchSize) {
}
