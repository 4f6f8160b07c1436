package org.unitscope.api.model;

/**
 * Which value of a channel's feature map stands for the unit: the centre position (default, as in the
 * source paper), a given position, or the spatial mean of the map.
 */
public record Readout(Mode mode, int row, int col) {

    public enum Mode { CENTRE, POSITION, MEAN }

    public static Readout centre() {
        return new Readout(Mode.CENTRE, -1, -1);
    }

    public static Readout mean() {
        return new Readout(Mode.MEAN, -1, -1);
    }

    public static Readout at(int row, int col) {
        if (row < 0 || col < 0) {
            throw new IllegalArgumentException("readout position must not be negative: " + row + "," + col);
        }
        return new Readout(Mode.POSITION, row, col);
    }

    /** Parses "centre", "mean" or "ROW,COL". */
    public static Readout parse(String text) {
        String t = text == null ? "centre" : text.trim().toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "centre":
            case "center":
                return centre();
            case "mean":
                return mean();
            default:
                String[] p = t.split(",");
                if (p.length == 2) {
                    try {
                        return at(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
                    } catch (NumberFormatException e) {
                        // reported below
                    }
                }
                throw new IllegalArgumentException("readout must be 'centre', 'mean' or 'ROW,COL', not '" + text + "'");
        }
    }

    /** Map row of the unit this readout reads in a map of side {@code mapSize}; not for the mean readout. */
    public int rowIn(int mapSize) {
        return unitIn(mapSize, row);
    }

    /** Map column of the unit this readout reads in a map of side {@code mapSize}; not for the mean readout. */
    public int colIn(int mapSize) {
        return unitIn(mapSize, col);
    }

    private int unitIn(int mapSize, int given) {
        switch (mode) {
            case CENTRE:
                return centreIndex(mapSize);
            case POSITION:
                if (row >= mapSize || col >= mapSize) {
                    throw new IllegalArgumentException("readout position " + this + " is outside the " + mapSize + "x" + mapSize + " map");
                }
                return given;
            default:
                throw new IllegalStateException("the mean readout reads no single unit");
        }
    }

    /** Row (equal to column) of the centre unit of a map of side {@code mapSize}. */
    public static int centreIndex(int mapSize) {
        return (mapSize - 1) / 2;
    }

    @Override
    public String toString() {
        return mode == Mode.POSITION ? row + "," + col : mode.name().toLowerCase(java.util.Locale.ROOT);
    }
}
