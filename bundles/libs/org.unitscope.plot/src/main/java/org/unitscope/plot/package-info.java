/**
 * PNG figures for unitscope results, rendered headless with JFreeChart: receptive-field montages
 * ({@link org.unitscope.plot.FilterMontage}), eigenvalue spectra ({@link org.unitscope.plot.SpectrumChart}),
 * predicted-versus-measured preferences ({@link org.unitscope.plot.PreferenceScatter}) and tuning curves
 * ({@link org.unitscope.plot.TuningCurveChart}).
 *
 * <p>Plain Java, no OSGi: bundles that use it inline it privately (with JFreeChart, which is not a bundle) through the
 * parent bnd configuration's {@code -conditionalpackage}. The figures are not thread-safe: build one per thread.
 */
package org.unitscope.plot;
