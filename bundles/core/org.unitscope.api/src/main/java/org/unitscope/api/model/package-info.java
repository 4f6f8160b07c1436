/**
 * Model backends: a network's layers, receptive-field geometry and probes that return unit activations. 2.2.0: one
 * source of geometry ({@link org.unitscope.api.model.LayerStack}, {@link org.unitscope.api.model.InputCrop},
 * {@link org.unitscope.api.model.ModelDescription#readoutWindow}; {@code Probe.receptiveField} deprecated) and typed
 * preprocessing ({@link org.unitscope.api.model.Preprocessing}; the String forms deprecated).
 */
@Export
@Version("2.2.0")
package org.unitscope.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
