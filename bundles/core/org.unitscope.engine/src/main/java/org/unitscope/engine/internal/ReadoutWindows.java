package org.unitscope.engine.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.InputCrop;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfWindow;

/**
 * The receptive-field window of each layer's read-out unit, in the probe's input coordinates, derived once per run
 * from the one declaration of geometry (the model description's layers), the run's readout and the crop the probe
 * reports ({@link ModelDescription#readoutWindow}). Nothing the backend computes by itself enters.
 */
final class ReadoutWindows {
    private ReadoutWindows() {
    }

    /** Per layer (run order) its window; no entries for the spatial-mean readout. */
    static Map<String, RfWindow> of(ModelDescription md, List<LayerInfo> layers, Readout readout, Probe probe) {
        InputCrop crop = probe.inputCrop();
        if (crop.size() != probe.inputSize()) {
            throw new UnitscopeException("model '" + md.id() + "': its probe takes " + probe.inputSize() + " px inputs but says they are "
                    + "the crop " + crop + " of the model's input");
        }
        Map<String, RfWindow> windows = new LinkedHashMap<>();
        for (LayerInfo l : layers) {
            try {
                md.readoutWindow(l.name(), readout, crop).ifPresent(w -> windows.put(l.name(), w));
            } catch (IllegalArgumentException e) {
                throw new UnitscopeException(e.getMessage(), e);
            }
        }
        return windows;
    }
}
