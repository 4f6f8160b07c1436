/** Gabor filters sharing the grating carrier, used as ground-truth units with a known preferred stimulus. */
package org.unitscope.math.gabor;
