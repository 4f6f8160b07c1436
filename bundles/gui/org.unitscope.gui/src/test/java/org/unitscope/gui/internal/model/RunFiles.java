package org.unitscope.gui.internal.model;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.unitscope.math.io.NpyArray;
import org.unitscope.math.io.NpzWriter;

/**
 * Small real results folders for the chart tests, written the way the engine writes them. A grating run of layer "L"
 * with four units: 0 simple-like (1 + cos(phase - 90) at 45°, 0.2 c/px, weaker elsewhere), 1 silent (all zeros),
 * 2 untuned (2 everywhere), 3 multi-peaked (equal peaks at 0° and 90°); with rf.npz and prediction.csv. A category run of layer "C" with the same three kinds of
 * unit over 3 categories of 4 images each, image files under a folder named in the manifest.
 */
public final class RunFiles {
    public static final double[] ORI = {0, 45, 90, 135};
    public static final double[] SF = {0.1, 0.2};
    public static final double[] PHASE = {0, 90, 180, 270};
    /** Units of the grating run's layer L. */
    static final int UNITS = 4;

    private RunFiles() {
    }

    /** The simple-like unit's response. */
    public static double simple(double ori, double sf, double phase) {
        double gain = (ori == 45 ? 1 : 0.3) * (sf == 0.2 ? 1 : 0.5);
        return gain * (1 + Math.cos(Math.toRadians(phase - 90)));
    }

    /** The grating run below, loaded as the browser loads it (folder {@code dir/g}). */
    public static RunResults gratingResults(Path dir) throws Exception {
        return RunResults.load("g", gratingRun(dir.resolve("g")));
    }

    /** The category run below, loaded as the browser loads it (folder {@code dir/c}, its images in {@code dir/images}). */
    public static RunResults categoryResults(Path dir) throws Exception {
        return RunResults.load("c", categoryRun(dir.resolve("c"), dir.resolve("images")));
    }

    public static Path gratingRun(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("units.csv"), """
                layer,channel,pref_ori_deg,circ_var,ori_status,pref_sf_cpp,sf_class,f0,f1,f1_f0,phase_class
                L,0,45.0,0.25,tuned,0.2,band-pass,1.0,1.0,1.0,complex
                L,1,,,unresponsive,,,,,,unresponsive
                L,2,,0.95,untuned,0.1,broadband,2.0,0.0,0.0,complex
                L,3,,0.85,multi-peaked,0.1,low-pass,0.6,0.0,0.0,complex
                """);
        int n = ORI.length * SF.length * PHASE.length + 1;
        double[][] labels = new double[4][n];
        double[] r = new double[n * UNITS];
        int s = 0;
        for (double o : ORI) {
            for (double f : SF) {
                for (double p : PHASE) {
                    labels[0][s] = o;
                    labels[1][s] = f;
                    labels[2][s] = p;
                    r[s * UNITS] = simple(o, f, p);
                    r[s * UNITS + 2] = 2;
                    r[s * UNITS + 3] = o == 0 || o == 90 ? 1 : 0.2;
                    s++;
                }
            }
        }
        labels[0][s] = Double.NaN;
        labels[1][s] = Double.NaN;
        labels[2][s] = Double.NaN;
        labels[3][s] = 1;
        r[s * UNITS + 2] = 2;
        Map<String, NpyArray> resp = new LinkedHashMap<>();
        resp.put("L", NpyArray.of(r, n, UNITS));
        String[] names = {"orientation", "sf", "phase", "blank"};
        for (int i = 0; i < 4; i++) {
            resp.put("label." + names[i], NpyArray.of(labels[i], n));
        }
        npz(dir.resolve("responses.npz"), resp);
        Files.writeString(dir.resolve("manifest.json"), """
                {"status": "complete", "model": {"id": "synthetic-v1"}, "stimulus": {"id": "gratings", "parameters": {}},
                 "metrics": [{"id": "orientation", "parameters": {"untunedCv": 0.9, "baseline": "none"}},
                             {"id": "phase-modulation", "parameters": {"baseline": "none"}}]}
                """);
        rf(dir);
        Files.writeString(dir.resolve("prediction.csv"), """
                layer,unit,estimator,measured_orientation,predicted_orientation,abs_delta_orientation,measured_sf,predicted_sf,sf_error_octaves
                L,0,awa,45.0,50.0,5.0,0.2,0.25,0.32
                L,1,awa,,,,,,
                L,2,awa,,,,0.1,0.1,0
                L,0,awc,45.0,40.0,5.0,0.2,0.2,0
                """);
        return dir;
    }

    /** rf.npz of layer L: 2 x 3 patches, up to 2 axes each; unit 0 has E1 and S1, units 1 and 3 none, unit 2 E1 and E2. */
    static void rf(Path dir) throws Exception {
        double nan = Double.NaN;
        double[] exc = new double[UNITS * 2 * 6];
        double[] sup = new double[UNITS * 2 * 6];
        java.util.Arrays.fill(exc, nan);
        java.util.Arrays.fill(sup, nan);
        for (int k = 0; k < 6; k++) {
            exc[k] = k + 1; // unit 0, E1
            sup[k] = -k; // unit 0, S1
            exc[24 + k] = 0.5; // unit 2, E1
            exc[30 + k] = k % 2 == 0 ? 1 : -1; // unit 2, E2
        }
        Map<String, NpyArray> a = new LinkedHashMap<>();
        a.put("L.patch", NpyArray.of(new double[] {0, 0, 2, 3, 1, 2, 3, 1}, 8));
        a.put("L.awc.excitatory", NpyArray.of(exc, UNITS, 2, 2, 3));
        a.put("L.awc.suppressive", NpyArray.of(sup, UNITS, 2, 2, 3));
        a.put("L.awc.excitatory_eigenvalues", NpyArray.of(new double[] {4, nan, nan, nan, 3, 2.5, nan, nan}, UNITS, 2));
        a.put("L.awc.suppressive_eigenvalues", NpyArray.of(new double[] {-1.5, nan, nan, nan, nan, nan, nan, nan}, UNITS, 2));
        a.put("L.awc.axes", NpyArray.of(new double[] {1, 1, 0, 0, 2, 0, 0, 0}, UNITS, 2));
        npz(dir.resolve("rf.npz"), a);
    }

    /** Category run; the image folder holds c0/i0.png ... as 8 x 6 gray images; unit 0 prefers category 1. */
    public static Path categoryRun(Path dir, Path images) throws Exception {
        Files.createDirectories(dir);
        int n = 12;
        double[] cat = new double[n];
        double[] image = new double[n];
        double[] r = new double[n * 3];
        for (int s = 0; s < n; s++) {
            cat[s] = s / 4;
            image[s] = s;
            r[s * 3] = (cat[s] == 1 ? 3 : 1) + (s % 4) * 0.1;
            r[s * 3 + 2] = 2;
            Path f = images.resolve("c" + (s / 4) + "/i" + s + ".png");
            Files.createDirectories(f.getParent());
            ImageIO.write(new BufferedImage(8, 6, BufferedImage.TYPE_BYTE_GRAY), "png", f.toFile());
        }
        Map<String, NpyArray> resp = new LinkedHashMap<>();
        resp.put("C", NpyArray.of(r, n, 3));
        resp.put("label.category", NpyArray.of(cat, n));
        resp.put("label.image", NpyArray.of(image, n));
        npz(dir.resolve("responses.npz"), resp);
        double[] means = {1.15, 3.15, 1.15, 0, 0, 0, 2, 2, 2};
        Map<String, NpyArray> curves = new LinkedHashMap<>();
        curves.put("C.category_means", NpyArray.of(means, 3, 3));
        curves.put("C.category_means.axis", NpyArray.of(new double[] {0, 1, 2}, 3));
        npz(dir.resolve("curves.npz"), curves);
        Files.writeString(dir.resolve("units.csv"), """
                layer,channel,cat_best,cat_selective,cat_status,cat_top_images
                C,0,1,1,responsive,c1/i7.png;c1/i6.png;c1/missing.png
                C,1,,0,unresponsive,
                C,2,0,0,responsive,c0/i0.png
                """);
        Files.writeString(dir.resolve("summary.json"), """
                {"C": {"category": {"alpha": 0.05, "correction": "fdr",
                  "best_category_counts": {"shirt": 1, "bag": 1, "boot": 0}}}}
                """);
        Files.writeString(dir.resolve("manifest.json"), "{\"model\": {\"id\": \"templates\"}, \"stimulus\": {\"id\": \"image-folder\","
                + " \"parameters\": {\"root\": \"" + images.toString().replace("\\", "\\\\") + "\"}}}");
        return dir;
    }

    static void npz(Path file, Map<String, NpyArray> arrays) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            NpzWriter.write(out, arrays);
        }
    }
}
