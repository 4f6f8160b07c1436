package org.unitscope.cluster;

import java.util.Locale;
import java.util.function.Function;
import org.apache.spark.api.java.JavaSparkContext;
import org.unitscope.cluster.passes.SparkPasses;
import org.unitscope.math.rf.matrixfree.PatchPass;
import org.unitscope.math.rf.matrixfree.ShuffledColumns;

/**
 * The driver's side of a sharded run's matrix-free passes: registered in the embedded workbench as a JDK-typed
 * {@code Function<Object[], double[][]>} ({@code unitscope.passes=matrix-free}), called by the fold run's estimator for
 * every pass. Its argument: layer, rows N, dimension d, block rows, then the pass (kind, centre, pseudo-units, vectors,
 * count, columns) and the group's weights (activations, shuffles, seed). A layer's rows are cut into {@code shards}
 * patch shards that the executors regenerate once ({@link RunPatchSource}) and keep for every pass of that layer
 * ({@link SparkPasses}); a new layer replaces them.
 */
final class SparkPassBridge implements Function<Object[], double[][]>, AutoCloseable {
    private final JavaSparkContext sc;
    private final int shards;
    private final Function<String, RunPatchSource> sources;
    private String layerKey;
    private SparkPasses passes;
    private float[][] lastColumns;
    private ShuffledColumns lastWeights;
    private long passCount;
    private double passSeconds;
    private int layersHeld;
    private Exception failure;

    SparkPassBridge(JavaSparkContext sc, int shards, Function<String, RunPatchSource> sources) {
        this.sc = sc;
        this.shards = shards;
        this.sources = sources;
    }

    /** Called on the fold run's thread, whose context loader is a bundle's: Spark finds its codecs through this class's. */
    @Override
    public synchronized double[][] apply(Object[] a) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(SparkPassBridge.class.getClassLoader());
        try {
            return pass(a);
        } catch (Exception e) {
            // kept for the driver, which reads a stopped context from it: the fold run itself only says its stage threw
            failure = e;
            throw e;
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    private double[][] pass(Object[] a) {
        String layer = (String) a[0];
        int rows = (Integer) a[1];
        int dim = (Integer) a[2];
        int blockRows = (Integer) a[3];
        String key = layer + " " + rows + " x " + dim + " in blocks of " + blockRows;
        if (!key.equals(layerKey)) {
            closePasses();
            passes = new SparkPasses(sc, sources.apply(layer), rows, dim, blockRows, shards);
            layerKey = key;
            layersHeld++;
        }
        PatchPass pass = new PatchPass(PatchPass.Kind.valueOf((String) a[4]), (double[]) a[5], (int[]) a[6], (double[]) a[7],
                (Integer) a[8], (int[]) a[9]);
        float[][] columns = (float[][]) a[10];
        if (columns != null && columns != lastColumns) {
            // one group of units: the same arrays for all its passes, so the weights are rebuilt and broadcast once
            lastWeights = new ShuffledColumns(columns, (Integer) a[11], (Long) a[12]);
            lastColumns = columns;
        }
        long t0 = System.nanoTime();
        double[][] sums = passes.run(pass, columns == null ? null : lastWeights, () -> false);
        passSeconds += (System.nanoTime() - t0) / 1e9;
        passCount++;
        return sums;
    }

    /** Passes run, their mean wall time and the layers whose rows were held: for the manifest and the log. */
    synchronized String summary() {
        return String.format(Locale.ROOT, "%d matrix-free pass(es) on %d patch shard(s) of %d layer(s), %.1f ms per pass",
                passCount, shards, layersHeld, passCount == 0 ? 0 : 1000 * passSeconds / passCount);
    }

    /** What the last pass that failed threw (a Spark job aborted when the context stopped), or null. */
    synchronized Exception failure() {
        return failure;
    }

    synchronized long passes() {
        return passCount;
    }

    synchronized double passSeconds() {
        return passSeconds;
    }

    private void closePasses() {
        if (passes != null) {
            passes.close();
            passes = null;
        }
    }

    @Override
    public synchronized void close() {
        closePasses();
    }
}
