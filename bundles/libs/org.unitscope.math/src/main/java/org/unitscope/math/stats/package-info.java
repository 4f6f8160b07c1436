/**
 * Statistics for per-unit tests, with no library behind them: the F distribution (through the regularized
 * incomplete beta function), one-way ANOVA, multiple-comparison corrections (Benjamini-Hochberg, Bonferroni)
 * and the category selectivity of one unit.
 */
package org.unitscope.math.stats;
