package org.unitscope.benchmarks;

import com.google.gson.GsonBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.unitscope.djl.TorchGramKernel;
import org.unitscope.djl.TorchMomentKernel;
import org.unitscope.math.linalg.BlockLanczos;
import org.unitscope.math.linalg.LanczosBatch;
import org.unitscope.math.linalg.RitzPairs;
import org.unitscope.math.rf.matrixfree.AwcOperator;
import org.unitscope.math.rf.matrixfree.AwcSettings;
import org.unitscope.math.rf.matrixfree.LocalPasses;
import org.unitscope.math.rf.matrixfree.MatrixFreeAwc;
import org.unitscope.math.rf.matrixfree.PatchSource;
import org.unitscope.math.rf.matrixfree.PatchStatistics;
import org.unitscope.math.rf.matrixfree.ShuffledColumns;

/**
 * Matrix-free AWC micro-benchmark (not a test): model units over white Gaussian noise.
 * <ul>
 * <li>{@code crossover}: one simple and one complex unit, N = 10,000, nested test with R = 19 (alpha 0.1), dense
 * d x d path against the Krylov path, at d = 64 .. 400 (or at the patch sizes given as {@code crossover=S1,S2}),
 * with the Java kernels and with the PyTorch kernels;</li>
 * <li>{@code rates}: AWC operator applications per second for 64 units at d = 1,600 (N = 20,000) and d = 8,464
 * (N = 10,000): one pass with 2 vectors per unit (128: a Lanczos round of the observed AWCs) and, for PyTorch, one
 * with 2 vectors per unit and 1 per shuffle (R = 39: 2,624, a round of a test step);</li>
 * <li>{@code eigen}: the 4 smallest and 4 largest eigenpairs of the 64 units' AWCs by block Lanczos (blocks of 2,
 * tolerance 1e-6), PyTorch kernel: rounds and time.</li>
 * </ul>
 * An application = one vector through one unit's operator over all N patches (4 N d flop). Times: wall, and CPU
 * (Java kernels: the calling thread; PyTorch: the whole process). Usage: MatrixFreeRates OUT.json [sections...]
 */
public final class MatrixFreeRates {
    static final int UNITS = 64;
    static final int SHUFFLES = 39;

    private MatrixFreeRates() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "matrix-free-rates.json");
        List<String> sections = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("crossover", "rates", "eigen");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("what", "matrix-free AWC: dense/Krylov crossover, operator applications per second, extreme eigenpairs"
                + " of 64 units (float64, CPU)");
        doc.put("threads", Runtime.getRuntime().availableProcessors());
        try (TorchGramKernel gram = new TorchGramKernel(); TorchMomentKernel moments = new TorchMomentKernel()) {
            MatrixFreeAwc.Kernels torch = new MatrixFreeAwc.Kernels(moments, gram);
            for (String section : sections) {
                if (section.startsWith("crossover")) {
                    int[] sizes = section.contains("=")
                            ? java.util.Arrays.stream(section.substring(section.indexOf('=') + 1).split(","))
                                    .mapToInt(Integer::parseInt).toArray()
                            : new int[] {8, 10, 12, 14, 16, 20};
                    doc.put(section, crossover(torch, sizes));
                }
            }
            if (sections.contains("rates")) {
                doc.put("rates", rates(torch));
            }
            if (sections.contains("eigen")) {
                doc.put("eigen", eigen(torch));
            }
        }
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(doc) + "\n");
        System.out.println("written " + out.toAbsolutePath());
    }

    private static List<Map<String, Object>> crossover(MatrixFreeAwc.Kernels torch, int[] sizes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int size : sizes) {
            GaborPopulation g = new GaborPopulation(size, 10_000, 2, size);
            for (String kernels : new String[] {"java", "torch"}) {
                MatrixFreeAwc.Kernels k = kernels.equals("java") ? MatrixFreeAwc.Kernels.java() : torch;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("d", g.d);
                row.put("kernels", kernels);
                for (boolean dense : new boolean[] {true, false}) {
                    AwcSettings s = AwcSettings.of(19, 0.1, 4, 1).withDenseBelow(dense ? Integer.MAX_VALUE : 0);
                    MatrixFreeAwc awc = new MatrixFreeAwc(s, k);
                    Clock c = Clock.time(() -> awc.run(PatchSource.of(g.patches, g.n, g.d), g.units, () -> false));
                    row.put(dense ? "dense" : "krylov", seconds(c));
                    if (!dense) {
                        row.put("krylov_passes", awc.passes());
                        row.put("krylov_applications", awc.applications());
                    }
                }
                rows.add(row);
                System.out.printf(Locale.ROOT, "crossover %s%n", row);
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> rates(MatrixFreeAwc.Kernels torch) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int[] shape : new int[][] {{40, 20_000}, {92, 10_000}}) {
            GaborPopulation g = new GaborPopulation(shape[0], shape[1], UNITS, 7);
            AwcOperator operator = operator(g, torch, SHUFFLES);
            rows.add(rate(g, "torch", operator, SHUFFLES + 1, false));
            rows.add(rate(g, "torch", operator, SHUFFLES + 1, true));
            rows.add(rate(g, "java", operator(g, MatrixFreeAwc.Kernels.java(), 0), 1, false));
        }
        return rows;
    }

    static AwcOperator operator(GaborPopulation g, MatrixFreeAwc.Kernels kernels, int shuffles) {
        LocalPasses passes = new LocalPasses(PatchSource.of(g.patches, g.n, g.d), kernels, 0);
        PatchStatistics statistics = PatchStatistics.of(passes, false, () -> false);
        ShuffledColumns columns = new ShuffledColumns(g.units, shuffles, 1);
        int[] units = java.util.stream.IntStream.range(0, g.units.length).toArray();
        return AwcOperator.forUnits(passes, statistics, columns, units, null, () -> false);
    }

    /** One timed pass (after a warm-up pass): 2 random vectors per unit, and 1 per shuffle when asked. */
    private static Map<String, Object> rate(GaborPopulation g, String kernels, AwcOperator operator, int perUnit,
            boolean shuffles) {
        List<Integer> targets = new ArrayList<>();
        List<double[][]> blocks = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int u = 0; u < UNITS; u++) {
            for (int r = 0; r < (shuffles ? perUnit : 1); r++) {
                targets.add(u * perUnit + r);
                blocks.add(randomBlock(g.d, r == 0 ? 2 : 1, random));
            }
        }
        int[] t = targets.stream().mapToInt(Integer::intValue).toArray();
        double[][][] b = blocks.toArray(new double[0][][]);
        int vectors = blocks.stream().mapToInt(x -> x.length).sum();
        operator.apply(t, b);
        Clock c = Clock.time(() -> operator.apply(t, b));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("d", g.d);
        row.put("n", g.n);
        row.put("kernels", kernels);
        row.put("vectors", vectors);
        row.put("pass", seconds(c));
        double cpu = kernels.equals("java") ? c.threadCpuSeconds() : c.processCpuSeconds();
        row.put("applications_per_s_wall", Math.round(vectors / c.wallSeconds() * 100) / 100.0);
        row.put("applications_per_s_cpu", Math.round(vectors / cpu * 100) / 100.0);
        row.put("gflop_per_s_wall", Math.round(4.0 * g.n * g.d * vectors / c.wallSeconds() / 1e7) / 100.0);
        System.out.printf(Locale.ROOT, "rates %s%n", row);
        return row;
    }

    private static double[][] randomBlock(int d, int b, SplittableRandom random) {
        double[][] out = new double[b][d];
        for (double[] v : out) {
            for (int i = 0; i < d; i++) {
                v[i] = random.nextGaussian();
            }
        }
        return out;
    }

    private static List<Map<String, Object>> eigen(MatrixFreeAwc.Kernels torch) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int[] shape : new int[][] {{40, 20_000}, {92, 10_000}}) {
            GaborPopulation g = new GaborPopulation(shape[0], shape[1], UNITS, 7);
            AwcOperator operator = operator(g, torch, 0);
            List<BlockLanczos> problems = new ArrayList<>();
            for (int u = 0; u < UNITS; u++) {
                problems.add(new BlockLanczos(g.d, List.of(), new BlockLanczos.Settings(2, 4, 4,
                        AwcSettings.DEFAULT_TOLERANCE, 1000, true), u));
            }
            int[] targets = java.util.stream.IntStream.range(0, UNITS).toArray();
            int[] rounds = new int[1];
            Clock c = Clock.time(() -> rounds[0] = LanczosBatch.solve(problems, targets, operator, () -> false));
            long converged = problems.stream().filter(p -> p.result().converged()).count();
            int largest = problems.stream().mapToInt(p -> p.result().basisSize()).max().orElse(0);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("d", g.d);
            row.put("n", g.n);
            row.put("units", UNITS);
            row.put("rounds", rounds[0]);
            row.put("applications", operator.applications());
            row.put("largest_krylov_space", largest);
            row.put("converged", converged);
            row.put("time", seconds(c));
            RitzPairs first = problems.get(1).result();
            row.put("complex_unit_1_top", first.highest());
            rows.add(row);
            System.out.printf(Locale.ROOT, "eigen %s%n", row);
        }
        return rows;
    }

    private static Map<String, Double> seconds(Clock c) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("wall_s", Math.round(c.wallSeconds() * 1000) / 1000.0);
        out.put("thread_cpu_s", Math.round(c.threadCpuSeconds() * 1000) / 1000.0);
        out.put("process_cpu_s", Math.round(c.processCpuSeconds() * 1000) / 1000.0);
        return out;
    }
}
