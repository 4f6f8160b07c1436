package org.unitscope.engine.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.stage.LayerActivations;
import org.unitscope.api.stage.ResponseStore;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.engine.internal.store.MappedResponses;

/**
 * One layer's responses to every stimulus (stimuli x units, row-major), filled batch by batch, with the layer's
 * theoretical receptive-field size (px) that metrics may need: in an array on the heap, or in a memory-mapped file
 * when the run's responses are spilled ({@code values} is then null).
 */
final class LayerResponses {
    final String layer;
    final int units;
    final int rfSize;
    /** The heap's array; null when spilled. */
    final float[] values;
    private final MappedResponses mapped;
    private final ResponseStore store;

    private LayerResponses(String layer, int units, int rfSize, float[] values, MappedResponses mapped) {
        this.layer = layer;
        this.units = units;
        this.rfSize = rfSize;
        this.values = values;
        this.mapped = mapped;
        this.store = values != null ? ResponseStore.of(values, units) : mapped;
    }

    /** On the heap. */
    LayerResponses(String layer, int units, int stimuli, int rfSize) {
        this(layer, units, rfSize, new float[Math.multiplyExact(units, stimuli)], null);
    }

    /** Spilled to {@code file}, which is deleted when the store is closed. */
    static LayerResponses mapped(String layer, int units, int stimuli, int rfSize, Path file) throws IOException {
        return new LayerResponses(layer, units, rfSize, null, MappedResponses.create(file, stimuli, units));
    }

    /** The memory-mapped store to close at the end of the run; null on the heap. */
    MappedResponses mappedStore() {
        return mapped;
    }

    ResponseStore store() {
        return store;
    }

    /** The table the metrics see: every stimulus but those in {@code failed}; a spilled layer is copied to the heap for it. */
    ResponseTable table(LabelTable labels, Set<Integer> failed) {
        float[] all = values;
        if (all == null) {
            all = new float[Math.multiplyExact(store.rows(), units)];
            store.readRows(0, store.rows(), all, 0);
        }
        ResponseTable table = new ResponseTable(layer, units, labels, all, rfSize);
        return failed.isEmpty() ? table : StimulusRows.without(failed, table);
    }

    void put(int from, int n, float[] batch) {
        if (batch.length < n * units) {
            throw new IllegalStateException(layer + ": probe returned " + batch.length + " values for " + n + " x " + units);
        }
        if (values != null) {
            System.arraycopy(batch, 0, values, from * units, n * units);
        } else {
            mapped.writeRows(from, n, batch);
        }
    }

    /** What stages see: the same store, not a copy. */
    LayerActivations activations() {
        return new LayerActivations(layer, units, rfSize, store);
    }
}
