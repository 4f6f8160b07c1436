package org.unitscope.stage.rf.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unitscope.api.rf.RfResult;

/**
 * Estimator results as bytes for a checkpoint: a key (what work they are the results of, e.g. the items of a pass),
 * then per result its named arrays (rows of doubles, exact) and panels. The predicted units are code, not data: they
 * are not kept (a run with a prediction does not use receptive-field checkpoints).
 */
final class RfResultCodec {
    private static final int MAGIC = 0x55535246; // "USRF"

    private RfResultCodec() {
    }

    static void write(DataOutputStream out, String key, List<RfResult> results) throws IOException {
        out.writeInt(MAGIC);
        out.writeUTF(key);
        out.writeInt(results.size());
        for (RfResult r : results) {
            out.writeInt(r.arrays().size());
            for (Map.Entry<String, double[][]> a : r.arrays().entrySet()) {
                out.writeUTF(a.getKey());
                writeRows(out, a.getValue());
            }
            out.writeInt(r.panels().size());
            for (Map.Entry<String, List<String>> p : r.panels().entrySet()) {
                out.writeUTF(p.getKey());
                out.writeInt(p.getValue().size());
                for (String title : p.getValue()) {
                    out.writeUTF(title);
                }
            }
        }
        out.writeInt(MAGIC);
        out.flush();
    }

    /** The results if the content is complete and was saved under {@code key}; empty otherwise (the work is redone). */
    static Optional<List<RfResult>> read(DataInputStream in, String key) throws IOException {
        try {
            if (in.readInt() != MAGIC || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            int count = in.readInt();
            List<RfResult> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Map<String, double[][]> arrays = new LinkedHashMap<>();
                int n = in.readInt();
                for (int k = 0; k < n; k++) {
                    arrays.put(in.readUTF(), readRows(in));
                }
                Map<String, List<String>> panels = new LinkedHashMap<>();
                int p = in.readInt();
                for (int k = 0; k < p; k++) {
                    String name = in.readUTF();
                    List<String> titles = new ArrayList<>();
                    for (int t = in.readInt(); t > 0; t--) {
                        titles.add(in.readUTF());
                    }
                    panels.put(name, titles);
                }
                results.add(new RfResult(arrays, panels, Map.of()));
            }
            return in.readInt() == MAGIC ? Optional.of(results) : Optional.empty();
        } catch (EOFException | IllegalArgumentException | NegativeArraySizeException e) {
            return Optional.empty(); // cut short, or not ours
        }
    }

    private static void writeRows(DataOutputStream out, double[][] rows) throws IOException {
        out.writeInt(rows.length);
        for (double[] row : rows) {
            if (row == null) {
                out.writeInt(-1);
                continue;
            }
            out.writeInt(row.length);
            ByteBuffer b = ByteBuffer.allocate(row.length * Double.BYTES);
            b.asDoubleBuffer().put(row);
            out.write(b.array());
        }
    }

    private static double[][] readRows(DataInputStream in) throws IOException {
        double[][] rows = new double[in.readInt()][];
        for (int i = 0; i < rows.length; i++) {
            int length = in.readInt();
            if (length < 0) {
                continue;
            }
            byte[] bytes = in.readNBytes(Math.multiplyExact(length, Double.BYTES));
            if (bytes.length != length * Double.BYTES) {
                throw new EOFException();
            }
            rows[i] = new double[length];
            ByteBuffer.wrap(bytes).asDoubleBuffer().get(rows[i]);
        }
        return rows;
    }
}
