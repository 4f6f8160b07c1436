package org.unitscope.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.google.gson.GsonBuilder;
import org.unitscope.math.rf.matrixfree.AwcSettings;
import org.unitscope.math.rf.matrixfree.MatrixFreeAwc;
import org.unitscope.math.rf.matrixfree.PatchSource;
import org.unitscope.math.rf.matrixfree.UnitAwc;

/**
 * What one unit costs on the matrix-free path at the shapes of issue 11's targets, with the estimator's settings
 * (Java kernels, Krylov spaces up to 400, R shuffles at alpha 2 / (R + 1) rounded): a simple and a complex Gabor unit
 * on white noise, d = side^2, N stimuli. Reports seconds per unit, Lanczos passes and operator applications, and the
 * time this gives for a layer of U units. Usage: AwcUnitCost OUT.json SIDE N R UNITS [LAYER_UNITS].
 */
public final class AwcUnitCost {
    private AwcUnitCost() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int side = Integer.parseInt(args[1]);
        int n = Integer.parseInt(args[2]);
        int shuffles = Integer.parseInt(args[3]);
        int units = Integer.parseInt(args[4]);
        int layerUnits = args.length > 5 ? Integer.parseInt(args[5]) : 256;
        GaborPopulation g = new GaborPopulation(side, n, units, 7);
        AwcSettings settings = AwcSettings.of(shuffles, 0.05, 4, 1).withDenseBelow(0).withReported(8).withMaxBasis(400)
                .withUnitsPerBatch(units);
        MatrixFreeAwc awc = new MatrixFreeAwc(settings, MatrixFreeAwc.Kernels.java());
        @SuppressWarnings("unchecked")
        List<UnitAwc>[] result = new List[1];
        Clock c = Clock.time(() -> result[0] = awc.run(PatchSource.of(g.patches, n, g.d), g.units, () -> false));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("d", g.d);
        row.put("n", n);
        row.put("shuffles", shuffles);
        row.put("units", units);
        row.put("wall_s", round(c.wallSeconds()));
        row.put("process_cpu_s", round(c.processCpuSeconds()));
        row.put("seconds_per_unit", round(c.wallSeconds() / units));
        row.put("lanczos_passes", awc.passes());
        row.put("operator_applications", awc.applications());
        row.put("gflop", round(4.0 * n * g.d * awc.applications() / 1e9));
        row.put("gflop_per_s", round(4.0 * n * g.d * awc.applications() / 1e9 / c.wallSeconds()));
        row.put("accepted_axes", result[0].stream().mapToInt(u -> u.test().axisCount()).boxed().toList());
        row.put("converged", result[0].stream().allMatch(UnitAwc::converged));
        row.put("layer_units", layerUnits);
        row.put("layer_hours_extrapolated", round(c.wallSeconds() / units * layerUnits / 3600));
        row.put("heap_used_mb", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
        row.put("load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "awc unit cost %s%n", row);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("what", "matrix-free AWC + nested shuffle test per unit (Java kernels, white noise, Gabor units)");
        doc.put("rows", List.of(row));
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(doc) + "\n");
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
