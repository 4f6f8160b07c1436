package org.unitscope.benchmarks;

import com.google.gson.GsonBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unitscope.djl.TorchEigh;
import org.unitscope.math.rf.SymmetricEigen;

/**
 * Dense symmetric eigen-decomposition: EJML (plain Java, what the math uses) against libtorch's LAPACK
 * {@code linalg.eigh} / {@code eigvalsh} reached through DJL ({@link TorchEigh}), at d = 256 and 1024, with and
 * without eigenvectors: median wall seconds and CPU seconds per call. Usage: EighRates OUT.json [seconds-per-case]
 */
public final class EighRates {

    private EighRates() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "eigh-rates.json");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3.0;
        List<Map<String, Object>> rows = new ArrayList<>();
        try (TorchEigh torch = TorchEigh.open()) {
            for (int d : new int[] {256, 1024}) {
                double[] m = MomentRates.symmetric(d, 3);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("d", d);
                row.put("ejml_vectors", median(() -> SymmetricEigen.of(m, d), seconds));
                row.put("ejml_values", median(() -> SymmetricEigen.values(m, d), seconds));
                row.put("torch_vectors", median(() -> torch.decompose(m, d), seconds));
                row.put("torch_values", median(() -> torch.values(m, d), seconds));
                rows.add(row);
                System.out.printf(Locale.ROOT, "d = %4d  %s%n", d, row);
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("what", "symmetric eigen-decomposition: EJML vs libtorch linalg.eigh/eigvalsh through DJL (float64, CPU);"
                + " median per call: wall seconds, process CPU seconds");
        doc.put("threads", Runtime.getRuntime().availableProcessors());
        doc.put("rows", rows);
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(doc) + "\n");
        System.out.println("written " + out.toAbsolutePath());
    }

    /** Median wall and process CPU seconds per call after one warm-up call, for at least {@code seconds} (>= 3 calls). */
    static Map<String, Double> median(Runnable body, double seconds) {
        body.run();
        List<Clock> times = new ArrayList<>();
        long start = System.nanoTime();
        do {
            times.add(Clock.time(body));
        } while (times.size() < 3 || System.nanoTime() - start < seconds * 1e9);
        double[] wall = times.stream().mapToDouble(Clock::wallSeconds).sorted().toArray();
        double[] cpu = times.stream().mapToDouble(Clock::processCpuSeconds).sorted().toArray();
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("wall_s", Math.round(wall[wall.length / 2] * 1e4) / 1e4);
        out.put("cpu_s", Math.round(cpu[cpu.length / 2] * 1e4) / 1e4);
        return out;
    }
}
