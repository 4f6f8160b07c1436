package org.unitscope.api.model;

/**
 * Where a probe's input lies in the model's input ({@link ModelDescription#inputSize()} square): the square of
 * {@code size} pixels whose top-left pixel is ({@code row}, {@code col}). A probe that crops says so with this
 * value; the engine then derives receptive-field windows in the probe's coordinates from the model's geometry.
 */
public record InputCrop(int row, int col, int size) {
    public InputCrop {
        if (row < 0 || col < 0 || size < 1) {
            throw new IllegalArgumentException("a crop needs row, col >= 0 and size >= 1, not " + row + ", " + col + ", " + size);
        }
    }

    /** The whole input of side {@code size}. */
    public static InputCrop whole(int size) {
        return new InputCrop(0, 0, size);
    }

    /** Whether the crop lies inside an input of side {@code inputSize}. */
    public boolean within(int inputSize) {
        return row + size <= inputSize && col + size <= inputSize;
    }
}
