/**
 * Reverse correlation of unit activations against noise stimuli: streaming activation-weighted sums, the
 * activation-weighted average (AWA) and covariance (AWC), their eigen-decomposition and the nested shuffle test
 * that decides which AWC axes are significant.
 */
package org.unitscope.math.rf;
