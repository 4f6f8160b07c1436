/**
 * One directory of the described services present (models, stimulus sets, metrics, estimators, trainers), published
 * by the engine for every front end: listed from their service properties, without instantiating them, with change
 * events as plugins come and go.
 */
@Export
@Version("1.0.0")
package org.unitscope.api.directory;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
