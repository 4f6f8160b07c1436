package org.unitscope.model.vgg16.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.unitscope.api.UnitscopeException;
import org.unitscope.math.images.IdxFile;

/** A categorised image set in memory: IDX images and labels (Fashion-MNIST), padded to a square side. */
record LabelledImages(float[] pixels, float[] labels, int count, int side, int classes) {

    static LabelledImages idx(Path images, Path labels, int side, int limit) {
        try {
            IdxFile img = IdxFile.read(images);
            IdxFile lab = IdxFile.read(labels);
            if (img.dims().length != 3 || lab.dims().length != 1 || img.count() != lab.count()) {
                throw new UnitscopeException(images + " / " + labels + ": need n x rows x cols images and n labels, got "
                        + java.util.Arrays.toString(img.dims()) + " and " + java.util.Arrays.toString(lab.dims()));
            }
            int n = limit > 0 ? Math.min(limit, img.count()) : img.count();
            float[] px = new float[n * side * side];
            float[] y = new float[n];
            int classes = 0;
            for (int i = 0; i < n; i++) {
                img.image(i, side, px, i * side * side);
                y[i] = lab.value(i);
                classes = Math.max(classes, lab.value(i) + 1);
            }
            return new LabelledImages(px, y, n, side, classes);
        } catch (IOException e) {
            throw new UnitscopeException("cannot read training data: " + e.getMessage(), e);
        }
    }
}
