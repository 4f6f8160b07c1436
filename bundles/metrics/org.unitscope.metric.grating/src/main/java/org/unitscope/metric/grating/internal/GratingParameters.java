package org.unitscope.metric.grating.internal;

/**
 * The parameters every grating metric declares, as {@link GratingTables} reads them ({@code Parameters.as}); each
 * metric's {@code Config} repeats the two methods with these docs and defaults (annotations do not inherit).
 */
@interface GratingParameters {
    String UNRESPONSIVE_DOC = "a unit whose |response - baseline| never exceeds this is 'unresponsive' and gets no tuning";
    double UNRESPONSIVE_BELOW = 1e-6;
    String BASELINE_DOC = "'none': responses as measured; 'blank': minus the unit's response to the blank (mean-luminance) screen";
    String NONE = "none";
    String BLANK = "blank";

    double unresponsiveBelow();

    String baseline();
}
