package org.unitscope.gui.internal.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.unitscope.math.io.NpzReader;

/**
 * A unit's mean response per category ({@code curves.npz}, {@code LAYER.category_means}), named from
 * {@code summary.json} (else "category i"), with the standard error of each mean computed from {@code responses.npz}
 * and its {@code label.category} where the run stored them (else no error bars), and its top images: the ids
 * {@code units.csv} lists in {@code cat_top_images}, resolved to files under the image folder's {@code root} when the
 * stimulus set was a folder of images ({@code idx:N} ids of IDX files are indices only). {@link #missing} says why
 * there are no bars.
 */
public record CategoryResponses(List<String> names, double[] means, double[] errors, List<String> topImages,
        List<Path> topImageFiles, String missing) {

    public static CategoryResponses of(RunResults run, int row, String layer, int index) {
        NpzReader.Array means = run.curves().get(layer + ".category_means");
        if (means == null || index >= means.shape()[0]) {
            return new CategoryResponses(List.of(), new double[0], null, List.of(), List.of(), "no categories in this run");
        }
        double[] m = means.row(index);
        List<String> names = run.info().categoryNames(layer);
        if (names.size() != m.length) {
            names = new ArrayList<>();
            for (int c = 0; c < m.length; c++) {
                names.add("category " + c);
            }
        }
        List<String> top = topImages(run.units().cell(row, "cat_top_images"));
        return new CategoryResponses(List.copyOf(names), m, errors(run, layer, index, m.length), top, files(run, top), "");
    }

    static List<String> topImages(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Standard errors of the category means, or null without responses and category labels. */
    static double[] errors(RunResults run, String layer, int index, int categories) {
        NpzReader.Array values = run.responses().get(layer);
        NpzReader.Array label = run.responses().get("label.category");
        if (values == null || label == null) {
            return null;
        }
        double[] r = PhaseResponses.column(values, index);
        double[] sum = new double[categories];
        double[] sq = new double[categories];
        int[] n = new int[categories];
        for (int s = 0; s < r.length; s++) {
            int c = (int) label.data()[s];
            if (c >= 0 && c < categories) {
                sum[c] += r[s];
                sq[c] += r[s] * r[s];
                n[c]++;
            }
        }
        double[] se = new double[categories];
        for (int c = 0; c < categories; c++) {
            double mean = n[c] == 0 ? Double.NaN : sum[c] / n[c];
            double var = n[c] < 2 ? Double.NaN : Math.max(0, (sq[c] - n[c] * mean * mean) / (n[c] - 1));
            se[c] = Math.sqrt(var / n[c]);
        }
        return se;
    }

    /** The top images' files under the stimulus folder's root, where they exist (an IDX run has none). */
    private static List<Path> files(RunResults run, List<String> ids) {
        String root = run.info().stimulusParameter("root");
        if (root.isEmpty()) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        for (String id : ids) {
            Path p = Path.of(root).resolve(id);
            if (java.nio.file.Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
