package org.unitscope.api.metric;

/** A tuning curve family: for every unit, values along one axis (e.g. response vs orientation in degrees). */
public record Curve(String name, String axisName, double[] axis, double[][] values) {
    public Curve {
        for (double[] v : values) {
            if (v.length != axis.length) {
                throw new IllegalArgumentException("curve '" + name + "': every row must have " + axis.length + " points");
            }
        }
    }
}
