package org.unitscope.stimulus.images.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;

/**
 * The chosen images of a folder, decoded on demand: render reads only the files asked for, in parallel on a small
 * pool, and keeps no decoded image, so memory does not grow with the data set. An image that fails to decode is shown
 * as mean gray and reported in {@link #failures()}.
 */
final class ImageFolderSequence implements StimulusSequence {

    /** One stimulus: its file (relative to the root, '/'-separated), format and category index. */
    record Item(String path, ImageType type, int category) {
    }

    private final Path root;
    private final List<Item> items;
    private final StimulusFormat format;
    private final LabelTable labels;
    private final List<String> skipped;
    private final ImageRenderer renderer;
    private final DecodePool pool;
    private final Map<Integer, String> failures = new ConcurrentHashMap<>();

    ImageFolderSequence(Path root, List<Item> items, List<String> categories, StimulusFormat format, List<String> skipped,
            ImageRenderer renderer, DecodePool pool) {
        this.root = root;
        this.items = List.copyOf(items);
        this.format = format;
        this.skipped = List.copyOf(skipped);
        this.renderer = renderer;
        this.pool = pool;
        double[] category = new double[items.size()];
        double[] image = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            category[i] = items.get(i).category();
            image[i] = i;
        }
        this.labels = new LabelTable(List.of("category", "image"), new double[][] {category, image},
                Map.of("category", List.copyOf(categories), "image", items.stream().map(Item::path).toList()));
    }

    @Override
    public StimulusFormat format() {
        return format;
    }

    @Override
    public int count() {
        return items.size();
    }

    @Override
    public LabelTable labels() {
        return labels;
    }

    @Override
    public void render(int from, int n, float[] dst, int offset) {
        RenderRange.check(from, n, dst, offset, items.size(), format);
        int pixels = format.pixelsPerStimulus();
        pool.forEach(n, k -> {
            int index = from + k;
            Item item = items.get(index);
            int at = offset + k * pixels;
            try {
                renderer.render(root.resolve(item.path()), item.type(), dst, at);
                failures.remove(index);
            } catch (IOException | RuntimeException e) {
                renderer.fillGray(dst, at);
                failures.put(index, item.path() + ": " + Reasons.of(e));
            }
        });
    }

    @Override
    public List<String> skipped() {
        return skipped;
    }

    @Override
    public Map<Integer, String> failures() {
        return new TreeMap<>(failures);
    }

    @Override
    public void close() {
        pool.close();
    }
}
