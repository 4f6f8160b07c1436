/**
 * Result files readable by NumPy and any spreadsheet: .npy arrays, .npz archives with fixed entry times (same
 * inputs, same bytes) and CSV tables, the reader of .npz arrays (the workbench's results browser), and
 * {@link org.unitscope.math.io.AtomicFiles} (a file replaced whole or not at all); plain Java,
 * so the engine, stage and GUI bundles inline the same code.
 */
package org.unitscope.math.io;
