/**
 * Static sinusoidal gratings: the stimulus, its circular aperture and the factorial stimulus grid.
 * Coordinates are centred on the image, x to the right and y up; row 0 of a rendered image is the top.
 */
package org.unitscope.math.grating;
