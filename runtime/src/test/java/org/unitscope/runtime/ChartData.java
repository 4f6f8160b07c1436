package org.unitscope.runtime;

import java.lang.reflect.Method;
import javax.swing.JComponent;

/**
 * What a workbench ChartPanel plots, read by reflection (JFreeChart is private to the GUI bundle): its title, and its
 * first dataset's series keys and values (XY, XYZ and category datasets). Event thread only.
 */
final class ChartData {
    private final Object chart;
    private final Object dataset;

    ChartData(JComponent chartPanel) {
        try {
            chart = call(chartPanel, "getChart");
            dataset = chart == null ? null : call(call(chart, "getPlot"), "getDataset");
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The title, or "" while the panel has no chart yet. */
    String title() {
        return chart == null ? "" : (String) invoke(invoke(chart, "getTitle"), "getText");
    }

    int seriesCount() {
        return dataset == null ? 0 : (int) invoke(dataset, "getSeriesCount");
    }

    /** The index of the series whose key starts with {@code prefix}, or -1. */
    int series(String prefix) {
        for (int s = 0; s < seriesCount(); s++) {
            if (String.valueOf(invoke(dataset, "getSeriesKey", s)).startsWith(prefix)) {
                return s;
            }
        }
        return -1;
    }

    String key(int series) {
        return String.valueOf(invoke(dataset, "getSeriesKey", series));
    }

    double[] x(int series) {
        return values(series, "getXValue");
    }

    double[] y(int series) {
        return values(series, "getYValue");
    }

    double[] z(int series) {
        return values(series, "getZValue");
    }

    /** A category dataset's value (row key = series, column key = category); NaN when absent. */
    double value(String row, String column) {
        Object v = invoke(dataset, "getValue", (Comparable<?>) row, (Comparable<?>) column);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    private double[] values(int series, String getter) {
        int n = (int) invoke(dataset, "getItemCount", series);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = (double) invoke(dataset, getter, series, i);
        }
        return out;
    }

    private static Object invoke(Object target, String name, Object... args) {
        try {
            for (Method m : target.getClass().getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == args.length && accepts(m, args)) {
                    return m.invoke(target, args);
                }
            }
            throw new AssertionError("no method " + name + " on " + target.getClass());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean accepts(Method m, Object[] args) {
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            boolean primitiveInt = types[i] == int.class && args[i] instanceof Integer;
            if (!primitiveInt && !types[i].isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }
}
