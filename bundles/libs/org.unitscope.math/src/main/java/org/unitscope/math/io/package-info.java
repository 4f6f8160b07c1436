/**
 * Result files readable by NumPy and any spreadsheet: .npy arrays, .npz archives with fixed entry times (same
 * inputs, same bytes) and CSV tables, and the reader of .npz arrays (the workbench's results browser); plain Java,
 * so the engine, stage and GUI bundles inline the same code.
 */
package org.unitscope.math.io;
