package org.unitscope.stimulus.images.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.unitscope.api.stimulus.StimulusFormat;

/**
 * One image file into one stimulus: decode, frame (resize, then centre crop or letterbox), resample, map channels.
 * Keeps nothing between calls, so any number of threads can share it.
 */
final class ImageRenderer {
    /** Mean gray: the letterbox padding, what alpha is composited over and what a failed image shows. */
    static final float MEAN_GRAY = 0.5f;

    private final StimulusFormat format;
    private final int side;
    private final boolean crop;
    private final long maxPixels;

    /** @param side the side the image is resized to (shorter side when cropping, longer when not); 0 = the stimulus size */
    ImageRenderer(StimulusFormat format, int side, boolean crop, long maxPixels) {
        this.format = format;
        this.side = side == 0 ? format.size() : side;
        this.crop = crop;
        this.maxPixels = maxPixels;
    }

    void render(Path file, ImageType type, float[] dst, int offset) throws IOException {
        BufferedImage image = ImageCodec.of(type).decode(file, maxPixels);
        RowSource rows = new ImageRows(image);
        int size = format.size();
        Framing framing = crop ? Framing.cover(rows.width(), rows.height(), side, size)
                : Framing.contain(rows.width(), rows.height(), side, size);
        float[] planes = new float[rows.bands() * size * size];
        Resampler.render(rows, framing, MEAN_GRAY, planes);
        Channels.write(planes, rows.bands(), size * size, format.channels(), dst, offset);
    }

    /** What a stimulus that could not be rendered shows: no contrast at all. */
    void fillGray(float[] dst, int offset) {
        java.util.Arrays.fill(dst, offset, offset + format.pixelsPerStimulus(), MEAN_GRAY);
    }
}
