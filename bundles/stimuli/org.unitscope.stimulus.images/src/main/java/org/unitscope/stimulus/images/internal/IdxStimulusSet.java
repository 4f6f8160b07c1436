package org.unitscope.stimulus.images.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;
import org.unitscope.math.images.IdxFile;

/**
 * Images and labels in IDX files (MNIST, Fashion-MNIST; gzipped or not), labelled by category. The defaults are the
 * Fashion-MNIST test set as Debian's dataset-fashion-mnist package installs it.
 */
@Component(service = StimulusSet.class)
@UnitscopeService(id = "idx-images", version = "1.0.0", config = IdxStimulusSet.Config.class)
public class IdxStimulusSet implements StimulusSet {
    static final String DATASETS = "/usr/share/datasets/fashion-mnist/";

    @ObjectClassDefinition(name = "Images with category labels from IDX files (MNIST, Fashion-MNIST); labels: category, image")
    @interface Config {
        @AttributeDefinition(description = "IDX file of n x rows x cols unsigned-byte images (gzipped or not)")
        String images() default DATASETS + "t10k-images-idx3-ubyte.gz";

        @AttributeDefinition(description = "IDX file of n unsigned-byte labels 0..k-1")
        String labels() default DATASETS + "t10k-labels-idx1-ubyte.gz";

        @AttributeDefinition(description = "names of the k categories (the default, Fashion-MNIST's, applies to 10 categories;"
                + " other counts are named 0..k-1)")
        String[] categoryNames() default {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
            "Bag", "Ankle boot"};

        @AttributeDefinition(description = "images drawn per category with the run seed (0 = all)", min = "0")
        int imagesPerCategory() default 0;

        @AttributeDefinition(description = "present the images in a seeded random order (else file order)")
        boolean shuffle() default false;

        @AttributeDefinition(description = "longer side in px the images are scaled to, centred on black (0 = native size,"
                + " shrunk to the stimulus size only if larger)", min = "0")
        int resize() default 0;
    }

    /** Fashion-MNIST's category names: the default of {@code categoryNames}. */
    static final List<String> FASHION_MNIST = List.of(
            Parameters.resolve(ServiceInfo.of(IdxStimulusSet.class), Map.of()).as(Config.class).categoryNames());

    @Override
    public StimulusSequence open(Parameters p, StimulusFormat format, long seed) {
        Config c = p.as(Config.class);
        IdxFile images = read(Path.of(c.images()), 3);
        IdxFile labels = read(Path.of(c.labels()), 1);
        if (labels.count() != images.count()) {
            throw new UnitscopeException("idx-images: " + c.images() + " has " + images.count() + " images but "
                    + c.labels() + " has " + labels.count() + " labels");
        }
        int[] category = new int[labels.count()];
        int classes = 0;
        for (int i = 0; i < category.length; i++) {
            category[i] = labels.value(i);
            classes = Math.max(classes, category[i] + 1);
        }
        List<String> names = names(List.of(c.categoryNames()), classes);
        int perCategory = c.imagesPerCategory();
        int resize = c.resize();
        if (perCategory < 0 || resize < 0) {
            throw new UnitscopeException("idx-images: imagesPerCategory and resize must be >= 0");
        }
        int rows = images.dims()[1];
        int cols = images.dims()[2];
        int side = resize > 0 ? resize : Math.min(format.size(), Math.max(rows, cols));
        int[] chosen = Selection.choose(category, names, perCategory, c.shuffle(), seed);
        return new IdxSequence(images, labels, chosen, names, format, Framing.contain(cols, rows, side, format.size()));
    }

    /** The given names when they count the classes; numbers for the default names on another data set. */
    private static List<String> names(List<String> given, int classes) {
        if (given.size() == classes) {
            return given;
        }
        if (!given.equals(FASHION_MNIST)) {
            throw new UnitscopeException("idx-images: " + given.size() + " categoryNames given but the labels have " + classes + " classes");
        }
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < classes; i++) {
            numbers.add(Integer.toString(i));
        }
        return numbers;
    }

    private static IdxFile read(Path file, int rank) {
        if (!Files.isRegularFile(file)) {
            throw new UnitscopeException("idx-images: " + file + " not found"
                    + (file.startsWith(DATASETS) ? " (Debian: apt-get install dataset-fashion-mnist)" : ""));
        }
        IdxFile f;
        try {
            f = IdxFile.read(file);
        } catch (IOException e) {
            throw new UnitscopeException("idx-images: " + Reasons.of(e), e);
        }
        if (f.dims().length != rank || f.count() == 0) {
            throw new UnitscopeException("idx-images: " + file + " has rank " + f.dims().length + " and " + f.count()
                    + " items; expected rank " + rank + (rank == 3 ? " (images)" : " (labels)") + " and at least one item");
        }
        return f;
    }
}
