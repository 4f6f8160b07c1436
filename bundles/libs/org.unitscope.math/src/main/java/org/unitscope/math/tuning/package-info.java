/**
 * Orientation and spatial-frequency tuning metrics (Ringach et al. 2002) computed from responses to gratings,
 * and the grouping of a stimulus set by its grating labels.
 */
package org.unitscope.math.tuning;
