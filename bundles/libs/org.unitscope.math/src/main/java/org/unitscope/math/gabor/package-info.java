/**
 * Ground-truth filters sampled on the grating's pixel grid: Gabor filters sharing the grating carrier (a known
 * preferred orientation and SF) and differences of Gaussians (a known preferred SF, no orientation preference).
 */
package org.unitscope.math.gabor;
