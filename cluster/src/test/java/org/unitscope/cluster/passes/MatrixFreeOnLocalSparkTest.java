package org.unitscope.cluster.passes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.math.gabor.Gabor;
import org.unitscope.math.rf.NestedShuffleTest;
import org.unitscope.math.rf.matrixfree.AwcSettings;
import org.unitscope.math.rf.matrixfree.LocalPasses;
import org.unitscope.math.rf.matrixfree.MatrixFreeAwc;
import org.unitscope.math.rf.matrixfree.PatchSource;
import org.unitscope.math.rf.matrixfree.UnitAwc;

/**
 * The matrix-free AWC with its passes on {@code local[2]} executors over cached patch shards: bit-identical to the
 * blocked run in one JVM for 1, 2 and 3 shards, with every shard's patches regenerated once for the whole run.
 */
class MatrixFreeOnLocalSparkTest {
    private static final int SIZE = 7;
    private static final int D = SIZE * SIZE;
    private static final int N = 2000;
    private static final int BLOCK = 256;
    /** Renderings per first row of a shard, counted where the executors regenerate (local[2]: this JVM). */
    private static final Map<Integer, AtomicInteger> RENDERS = new ConcurrentHashMap<>();
    private static final PatchShardSource NOISE = (first, end) -> {
        RENDERS.computeIfAbsent(first, k -> new AtomicInteger()).incrementAndGet();
        return noise(first, end);
    };
    private static JavaSparkContext sc;

    /** White-noise rows, each from its own seed, so that any range can be regenerated alone. */
    private static float[] noise(int first, int end) {
        float[] rows = new float[(end - first) * D];
        for (int i = first; i < end; i++) {
            Random r = new Random(1_000_003L * i + 17);
            for (int j = 0; j < D; j++) {
                rows[(i - first) * D + j] = (float) r.nextGaussian();
            }
        }
        return rows;
    }

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("matrix-free passes test")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false"));
        sc.setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    private static float[][] units(float[] patches) {
        Gabor g = new Gabor(Math.toRadians(30), 2.5 / SIZE, 0, SIZE / 6.0, 0, 0);
        float[] even = g.kernel(SIZE);
        float[] odd = g.quadrature().kernel(SIZE);
        float[][] a = new float[3][N];
        for (int i = 0; i < N; i++) {
            double e = 0;
            double o = 0;
            for (int j = 0; j < D; j++) {
                e += patches[i * D + j] * even[j];
                o += patches[i * D + j] * odd[j];
            }
            a[0][i] = (float) Math.hypot(e, o);
            a[1][i] = (float) Math.max(0, e);
        }
        return a; // a[2]: a silent unit
    }

    @Test
    void theAwcOnOneTwoOrThreeSparkShardsEqualsTheBlockedRunInOneJvmAndEachShardRendersOnce() {
        float[] patches = noise(0, N);
        float[][] units = units(patches);
        AwcSettings settings = AwcSettings.of(19, 0.1, 3, 11).withDenseBelow(0);
        long t0 = System.nanoTime();
        MatrixFreeAwc one = new MatrixFreeAwc(settings, MatrixFreeAwc.Kernels.java());
        List<UnitAwc> local = one.estimate(new LocalPasses(PatchSource.of(patches, N, D), MatrixFreeAwc.Kernels.java(),
                BLOCK), units, 0, () -> false).units();
        double localSeconds = (System.nanoTime() - t0) / 1e9;
        assertThat(local.get(0).test().excitatory()).hasSize(2);
        assertThat(local.get(1).test().suppressive()).hasSize(1);
        for (int shards : new int[] {1, 2, 3}) {
            RENDERS.clear();
            long t1 = System.nanoTime();
            try (SparkPasses passes = new SparkPasses(sc, NOISE, N, D, BLOCK, shards)) {
                double cached = (System.nanoTime() - t1) / 1e9;
                MatrixFreeAwc awc = new MatrixFreeAwc(settings, MatrixFreeAwc.Kernels.java());
                List<UnitAwc> sharded = awc.estimate(passes, units, 0, () -> false).units();
                assertIdentical(local, sharded);
                assertThat(RENDERS).hasSize(shards);
                RENDERS.forEach((row, count) -> assertThat(count.get()).as("renderings of the shard from row " + row)
                        .isEqualTo(1));
                assertThat(passes.stages()).isGreaterThan(awc.passes()).isGreaterThan(50);
                System.out.printf(Locale.ROOT, "%d shard(s): %d passes as Spark stages, %.1f ms each (shards cached in"
                        + " %.2f s); one JVM blocked: %.1f ms a pass (%d passes, %.2f s)%n", shards, passes.stages(),
                        1e3 * passes.stageSeconds() / passes.stages(), cached, 1e3 * localSeconds / passes.stages(),
                        passes.stages(), localSeconds);
            }
        }
    }

    private static void assertIdentical(List<UnitAwc> a, List<UnitAwc> b) {
        assertThat(b).hasSameSizeAs(a);
        for (int u = 0; u < a.size(); u++) {
            UnitAwc x = a.get(u);
            UnitAwc y = b.get(u);
            assertThat(y.awa()).containsExactly(x.awa());
            assertThat(y.lowest()).containsExactly(x.lowest());
            assertThat(y.highest()).containsExactly(x.highest());
            for (int k = 0; k < x.highestAxes().length; k++) {
                assertThat(y.highestAxes()[k]).containsExactly(x.highestAxes()[k]);
                assertThat(y.lowestAxes()[k]).containsExactly(x.lowestAxes()[k]);
            }
            assertSameAxes(x.test().excitatory(), y.test().excitatory());
            assertSameAxes(x.test().suppressive(), y.test().suppressive());
        }
    }

    private static void assertSameAxes(List<NestedShuffleTest.Axis> a, List<NestedShuffleTest.Axis> b) {
        assertThat(b).hasSameSizeAs(a);
        for (int k = 0; k < a.size(); k++) {
            assertThat(b.get(k).vector()).containsExactly(a.get(k).vector());
            assertThat(b.get(k).eigenvalue()).isEqualTo(a.get(k).eigenvalue());
            assertThat(b.get(k).nullLower()).isEqualTo(a.get(k).nullLower());
            assertThat(b.get(k).nullUpper()).isEqualTo(a.get(k).nullUpper());
        }
    }
}
