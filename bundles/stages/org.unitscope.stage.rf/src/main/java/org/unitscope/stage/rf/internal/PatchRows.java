package org.unitscope.stage.rf.internal;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.RfSharding;
import org.unitscope.api.stage.Phase;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stimulus.StimulusSequence;

/**
 * {@link RfSharding.Mode#PATCHES}: rows {@code first .. end - 1} of the patch matrix of every layer on the matrix-free
 * path (or of {@link RfSharding#layer()} only), rendered and cut exactly as {@link PatchMatrixRun} fills the whole matrix (rows are the stimuli that rendered,
 * in stimulus order), written to one file for a cluster executor's patch shard (docs/CLUSTER.md). Format
 * (big-endian): magic, first row, end row, layer count, then per layer its name (UTF), d and (end - first) x d float32.
 */
final class PatchRows {
    static final int MAGIC = 0x55535052; // "USPR"

    private PatchRows() {
    }

    /** Writes the rows; false when stopped before the end (nothing written then). */
    static boolean write(RfInputs in, MatrixPlan matrix, StimulusSequence sequence, Set<Integer> failures, StageContext context,
            RfSharding rows) throws IOException {
        int[] kept = IntStream.range(0, sequence.count()).filter(i -> !failures.contains(i)).toArray();
        int first = rows.part();
        int end = rows.parts();
        if (end > kept.length) {
            throw new UnitscopeException(String.format(Locale.ROOT, "rf patches: rows %d..%d asked, but the patch matrix has %d rows"
                    + " (%d stimuli, %d failed)", first, end - 1, kept.length, sequence.count(), failures.size()));
        }
        boolean[] chosen = new boolean[in.layers().size()];
        List<Integer> layers = new ArrayList<>();
        matrix.items().forEach(i -> chosen[i.layer()] = true);
        only(rows.layer(), in.layers(), chosen);
        float[][] held = new float[chosen.length][];
        for (int l = 0; l < chosen.length; l++) {
            if (chosen[l]) {
                layers.add(l);
                held[l] = new float[(end - first) * in.dimension(l)];
            }
        }
        int from = first < end ? kept[first] : 0;
        int to = first < end ? kept[end - 1] + 1 : 0;
        int[] filled = new int[1];
        Phase phase = context.phase("rf patches rows " + first + ".." + (end - 1), to - from);
        boolean complete = PatchBatches.pass(sequence, from, to, 0, in.geometries(), chosen, context, phase, (s, n, patches) -> {
            for (int k = 0; k < n; k++) {
                if (!failures.contains(s + k)) {
                    for (int l : layers) {
                        int d = in.dimension(l);
                        System.arraycopy(patches[l], k * d, held[l], filled[0] * d, d);
                    }
                    filled[0]++;
                }
            }
        });
        if (!complete) {
            return false;
        }
        save(rows.path(), first, end, in, layers, held);
        context.listener().message(String.format(Locale.ROOT, "rf patches: rows %d..%d (stimuli %d..%d) of layers %s -> %s",
                first, end - 1, from, to - 1, layers.stream().map(in.layers()::get).toList(), rows.path()));
        return true;
    }

    /** With a layer named, the other layers are left out: an executor's pass needs one layer's rows. */
    private static void only(String layer, List<String> names, boolean[] chosen) {
        if (layer == null) {
            return;
        }
        int l = names.indexOf(layer);
        if (l < 0 || !chosen[l]) {
            List<String> free = IntStream.range(0, chosen.length).filter(i -> chosen[i]).mapToObj(names::get).toList();
            throw new UnitscopeException("rf patches: layer '" + layer + "' is not on the matrix-free path of this run (its"
                    + " matrix-free layers: " + free + ")");
        }
        java.util.Arrays.fill(chosen, false);
        chosen[l] = true;
    }

    private static void save(Path file, int first, int end, RfInputs in, List<Integer> layers, float[][] held) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(first);
            out.writeInt(end);
            out.writeInt(layers.size());
            for (int l : layers) {
                out.writeUTF(in.layers().get(l));
                out.writeInt(in.dimension(l));
                ByteBuffer b = ByteBuffer.allocate(held[l].length * Float.BYTES);
                b.asFloatBuffer().put(held[l]);
                out.write(b.array());
            }
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
