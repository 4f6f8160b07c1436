/**
 * A run as a sequence of stages: the engine opens the model, probe and stimuli, then runs every applicable
 * {@link org.unitscope.api.stage.RunStage} in {@link org.unitscope.api.stage.RunStage#order() order} against one
 * {@link org.unitscope.api.stage.StageContext}; plugins contribute stages as services. 1.1.0: the context gives the
 * read-out units' receptive-field windows ({@link org.unitscope.api.stage.StageContext#receptiveField}). 1.2.0: stages keep finished work in
 * {@link org.unitscope.api.stage.Checkpoints} so that a resumed run skips it. 1.3.0: a layer's activations are read through a
 * {@link org.unitscope.api.stage.ResponseStore} (on the heap, or memory-mapped from a file when they do not fit there).
 */
@Export
@Version("1.3.0")
package org.unitscope.api.stage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
