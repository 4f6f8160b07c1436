package org.unitscope.engine.internal.sizing;

import java.util.List;
import java.util.Locale;
import org.unitscope.api.UnitscopeException;

/**
 * What a run keeps in the heap at once, in bytes, computed in long arithmetic with exact products: a count of
 * 2^31 - 1 or a batch of 1,082,128 must be refused with its numbers, not wrap into a negative array size.
 *
 * @param stimuli     stimuli in the sequence (rows of every response table)
 * @param layers      the probed layers with their unit counts
 * @param pixels      floats of one stimulus (size x size x channels)
 * @param batchSize   stimuli per probe batch
 * @param rfBytes     what the receptive-field sums may take in one pass (0 without estimators)
 */
public record RunSize(int stimuli, List<Layer> layers, long pixels, int batchSize, long rfBytes) {
    /** The longest Java array the JVM allocates (HotSpot refuses the last few of 2^31 - 1). */
    public static final long MAX_ARRAY = Integer.MAX_VALUE - 8L;

    /** One probed layer: its name and how many units (columns of its response table) it has. */
    public record Layer(String name, int units) {
    }

    public RunSize {
        layers = List.copyOf(layers);
    }

    /**
     * Checks every count and every array of the run before anything is allocated.
     *
     * @param size     image side in pixels
     * @param channels image channels
     * @throws UnitscopeException naming the count, the layer or the batch that cannot be held, and what would fit
     */
    public static RunSize of(List<Layer> layers, int stimuli, int size, int channels, int batchSize, long rfBytes) {
        RunSize s = spillable(layers, stimuli, size, channels, batchSize, rfBytes);
        s.requireLayerArrays();
        return s;
    }

    /** Every layer's table fits a Java array (what the heap can hold at all). */
    public void requireLayerArrays() {
        for (Layer l : layers) {
            requireArray(exact("layer " + l.name(), stimuli, l.units()), String.format(Locale.ROOT,
                    "layer '%s' would store %,d stimuli x %,d units", l.name(), stimuli, l.units()),
                    "use at most %,d stimuli (or fewer layers)".formatted(MAX_ARRAY / l.units()));
        }
    }

    /**
     * As {@link #of} but a layer's table may exceed a Java array: responses that are spilled to a memory-mapped file
     * ({@link ResponsePlacement}) have no such limit. Products are still exact.
     */
    public static RunSize spillable(List<Layer> layers, int stimuli, int size, int channels, int batchSize, long rfBytes) {
        if (stimuli < 1) {
            throw new UnitscopeException("the stimulus set gives " + stimuli + " stimuli: a run needs at least 1 (check its count)");
        }
        if (batchSize < 1) {
            throw new UnitscopeException("batchSize must be >= 1, not " + batchSize);
        }
        long pixels = pixels(size, channels);
        for (Layer l : layers) {
            if (l.units() < 1) {
                throw new UnitscopeException("layer '" + l.name() + "' has " + l.units() + " units: nothing to store");
            }
            exact("layer " + l.name(), stimuli, l.units());
        }
        requireArray(exact("one batch", batchSize, pixels), String.format(Locale.ROOT,
                "one batch of %,d stimuli of %dx%dx%d px", batchSize, channels, size, size), "use a batchSize of at most %,d (or \"auto\")"
                .formatted(MAX_ARRAY / pixels));
        return new RunSize(stimuli, layers, pixels, batchSize, rfBytes);
    }

    /** The layer with the most units: the largest single table. */
    public Layer largestLayer() {
        return layers.stream().max(java.util.Comparator.comparingInt(Layer::units)).orElse(new Layer("", 0));
    }

    /** Values in the largest layer's table. */
    public long largestLayerFloats() {
        return (long) stimuli * largestLayer().units();
    }

    /**
     * Floats in one stimulus of {@code size} x {@code size} px and {@code channels} channels, exactly.
     *
     * @throws UnitscopeException for a size or channel count below 1, or one too large for a Java array
     */
    public static long pixels(int size, int channels) {
        if (size < 1 || channels < 1) {
            throw new UnitscopeException("the probe's input is " + size + " px x " + channels + " channels: both must be >= 1");
        }
        // size^2 fits in a long, and a side whose square exceeds an array needs no product with the channels
        long area = (long) size * size;
        String what = String.format(Locale.ROOT, "one stimulus of %dx%dx%d px", channels, size, size);
        requireArray(area, what, "use a smaller input size");
        long pixels = area * channels;
        requireArray(pixels, what, "use a smaller input size");
        return pixels;
    }

    /** All units of all layers. */
    public long units() {
        return layers.stream().mapToLong(Layer::units).sum();
    }

    /** The response tables: one float per stimulus and unit. */
    public long responseBytes() {
        return Math.multiplyExact(Math.multiplyExact((long) stimuli, units()), Float.BYTES);
    }

    /**
     * The probe's batches: the rendered images, the probe's preprocessed copy of them, and the activations it returns
     * for every unit of the batch.
     */
    public long batchBytes() {
        long images = Math.multiplyExact(Math.multiplyExact(batchSize, pixels), 2L * Float.BYTES);
        return Math.addExact(images, Math.multiplyExact(Math.multiplyExact((long) batchSize, units()), Float.BYTES));
    }

    /** Everything above: what must fit in the free heap. */
    public long totalBytes() {
        // a budget near 2^63 (given in bytes) must read as "too much", not wrap below the heap
        long sum = responseBytes() + batchBytes() + rfBytes;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** Bytes each further stimulus adds (one row of every response table). */
    public long bytesPerStimulus() {
        return Math.multiplyExact(units(), Float.BYTES);
    }

    private static long exact(String what, long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new UnitscopeException(what + ": " + a + " x " + b + " is beyond any memory (it overflows 64 bits)");
        }
    }

    private static void requireArray(long floats, String what, String fix) {
        if (floats > MAX_ARRAY) {
            throw new UnitscopeException(String.format(Locale.ROOT, "%s = %,d floats, more than the %,d a Java array holds: %s",
                    what, floats, MAX_ARRAY, fix));
        }
    }
}
