package org.unitscope.api.stage;

/** {@link ResponseStore#of}: the responses in one array, read by direct indexing (the cheap path of small runs). */
final class HeapResponses implements ResponseStore {
    private final float[] values;
    private final int units;

    HeapResponses(float[] values, int units) {
        if (units < 1 || values.length % units != 0) {
            throw new IllegalArgumentException(values.length + " values are not whole rows of " + units + " units");
        }
        this.values = values;
        this.units = units;
    }

    float[] values() {
        return values;
    }

    @Override
    public int units() {
        return units;
    }

    @Override
    public int rows() {
        return values.length / units;
    }

    @Override
    public boolean onHeap() {
        return true;
    }

    @Override
    public void read(long index, float[] dst, int offset, int length) {
        if (index < 0 || index + length > values.length) {
            throw new IndexOutOfBoundsException("values " + index + " .. " + (index + length - 1) + " of " + values.length);
        }
        System.arraycopy(values, (int) index, dst, offset, length);
    }

    @Override
    public float get(int row, int unit) {
        return values[row * units + unit];
    }

    @Override
    public float[][] columns(int fromUnit, int toUnit, int[] rows) {
        float[][] c = new float[toUnit - fromUnit][rows.length];
        for (int k = 0; k < rows.length; k++) {
            int row = rows[k] * units;
            for (int u = fromUnit; u < toUnit; u++) {
                c[u - fromUnit][k] = values[row + u];
            }
        }
        return c;
    }

    @Override
    public float[][] columns(int fromUnit, int toUnit, int first, int count) {
        float[][] c = new float[toUnit - fromUnit][count];
        for (int i = 0; i < count; i++) {
            int row = (first + i) * units;
            for (int u = fromUnit; u < toUnit; u++) {
                c[u - fromUnit][i] = values[row + u];
            }
        }
        return c;
    }
}
