package org.unitscope.api.stage;

/**
 * One layer's stored responses, stimuli x units row-major, read by rows, columns or flat ranges with long indices:
 * on the heap when the run's responses fit there, else memory-mapped from a file in the results folder (a layer may
 * then hold more than 2^31 floats). Stages read through this instead of assuming an array. Rows past
 * {@link StoredResponses#stimuli()} are not filled yet (they read 0). Reads never change the store and may come from
 * several threads.
 *
 * @since api.stage 1.3.0
 */
public interface ResponseStore {

    /** Columns: the layer's units. */
    int units();

    /** Rows: one per stimulus of the sequence. */
    int rows();

    /** Whether the values are on the heap (false: memory-mapped from a file). */
    boolean onHeap();

    /**
     * Copies {@code length} values from flat index {@code index} (row x units + unit) into {@code dst} from {@code offset}.
     *
     * @throws IndexOutOfBoundsException for a range outside the store or {@code dst}
     */
    void read(long index, float[] dst, int offset, int length);

    /** One response. */
    default float get(int row, int unit) {
        float[] one = new float[1];
        read((long) row * units() + unit, one, 0, 1);
        return one[0];
    }

    /** Rows {@code first .. first + count - 1} (count x units values) into {@code dst} from {@code offset}. */
    default void readRows(int first, int count, float[] dst, int offset) {
        read((long) first * units(), dst, offset, Math.multiplyExact(count, units()));
    }

    /** Units {@code fromUnit .. toUnit - 1} as columns (unit-major) over the given rows, in their order. */
    default float[][] columns(int fromUnit, int toUnit, int[] rows) {
        int width = toUnit - fromUnit;
        float[][] c = new float[width][rows.length];
        float[] part = new float[width];
        for (int k = 0; k < rows.length; k++) {
            read((long) rows[k] * units() + fromUnit, part, 0, width);
            for (int u = 0; u < width; u++) {
                c[u][k] = part[u];
            }
        }
        return c;
    }

    /** Units {@code fromUnit .. toUnit - 1} as columns over rows {@code first .. first + count - 1}. */
    default float[][] columns(int fromUnit, int toUnit, int first, int count) {
        int[] rows = new int[count];
        for (int k = 0; k < count; k++) {
            rows[k] = first + k;
        }
        return columns(fromUnit, toUnit, rows);
    }

    /** A store on the heap over {@code values} (rows x units, row-major; not copied). */
    static ResponseStore of(float[] values, int units) {
        return new HeapResponses(values, units);
    }
}
