/**
 * Result files readable by NumPy and any spreadsheet: .npy arrays, .npz archives with fixed entry times (same
 * inputs, same bytes) and CSV tables; plain Java, so the engine and stage bundles inline the same writers.
 */
package org.unitscope.math.io;
