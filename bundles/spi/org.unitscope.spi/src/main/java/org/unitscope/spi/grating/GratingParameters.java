package org.unitscope.spi.grating;

/**
 * The two parameters every grating metric declares, read by {@link GratingTables#of(org.unitscope.api.metric.ResponseTable,
 * org.unitscope.api.Parameters)} through {@code Parameters.as(GratingParameters.class)}. Annotations do not inherit, so
 * a metric's own configuration type repeats the two methods, with these docs and defaults:
 * <pre>
 * &#64;AttributeDefinition(description = GratingParameters.UNRESPONSIVE_DOC, min = "0")
 * double unresponsiveBelow() default GratingParameters.UNRESPONSIVE_BELOW;
 * &#64;AttributeDefinition(description = GratingParameters.BASELINE_DOC,
 *         options = {&#64;Option(value = GratingParameters.NONE), &#64;Option(value = GratingParameters.BLANK)})
 * String baseline() default GratingParameters.NONE;
 * </pre>
 */
public @interface GratingParameters {
    String UNRESPONSIVE_DOC = "a unit whose |response - baseline| never exceeds this is 'unresponsive' and gets no tuning";
    double UNRESPONSIVE_BELOW = 1e-6;
    String BASELINE_DOC = "'none': responses as measured; 'blank': minus the unit's response to the blank (mean-luminance) screen";
    String NONE = "none";
    /** Also the label of the blank stimulus: 1 for the blank, 0 for gratings. */
    String BLANK = "blank";

    double unresponsiveBelow() default UNRESPONSIVE_BELOW;

    String baseline() default NONE;
}
