package org.unitscope.api.model;

/**
 * Where a read-out unit's receptive field lies in a probe's input: the square of {@code size} pixels whose top-left
 * pixel is ({@code row}, {@code col}). It may extend past the input's border (the network pads with zeros there).
 * Reverse-correlation estimators take their stimulus patches from this window.
 */
public record RfWindow(int row, int col, int size) {
    public RfWindow {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, not " + size);
        }
    }

    /** The window of unit ({@code mapRow}, {@code mapCol}) of a layer with geometry {@code rf}. */
    public static RfWindow of(RfGeometry rf, int mapRow, int mapCol) {
        double half = (rf.size() - 1) / 2.0;
        return new RfWindow((int) Math.round(rf.centreOf(mapRow) - half), (int) Math.round(rf.centreOf(mapCol) - half), rf.size());
    }

    /** This window in the coordinates of a probe input that is {@code crop} of the model's input. */
    public RfWindow relativeTo(InputCrop crop) {
        return new RfWindow(row - crop.row(), col - crop.col(), size);
    }

    public boolean contains(int r, int c) {
        return r >= row && r < row + size && c >= col && c < col + size;
    }
}
