/**
 * Base classes for tuning metrics over sinusoidal gratings: {@link org.unitscope.spi.grating.GratingMetric} (the
 * labels such a metric needs) and {@link org.unitscope.spi.grating.GratingTables} (each unit's responses tabulated
 * by SF, orientation and phase, with the blank baseline and the unresponsive verdict the built-in metrics share).
 * Signatures use only the API and the JDK: the maths behind them stays private to this bundle.
 */
@Export
@Version("1.0.0")
package org.unitscope.spi.grating;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
