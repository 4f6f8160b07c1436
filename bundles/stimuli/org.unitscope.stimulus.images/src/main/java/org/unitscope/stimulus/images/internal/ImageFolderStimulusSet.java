package org.unitscope.stimulus.images.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;

/**
 * Natural images in the ImageFolder layout (ROOT/CATEGORY/*.jpg ...), labelled by category. Every file is checked
 * when the set is opened (type from content, extension, header size) and bad ones are skipped with a reason; images
 * are decoded only when rendered.
 */
@Component(service = StimulusSet.class)
@UnitscopeService(id = "image-folder", version = "1.0.0", config = ImageFolderStimulusSet.Config.class)
public class ImageFolderStimulusSet implements StimulusSet {

    @ObjectClassDefinition(name = "Natural images, one folder per category (ROOT/CATEGORY/*.jpg|png|gif|bmp|tif|ppm|...);"
            + " labels: category, image")
    @interface Config {
        @AttributeDefinition(description = "the folder holding one sub-folder per category (required)")
        String root();

        @AttributeDefinition(description = "images drawn per category with the run seed (0 = all)", min = "0")
        int imagesPerCategory() default 0;

        @AttributeDefinition(description = "present the images in a seeded random order (else category, then file name)")
        boolean shuffle() default false;

        @AttributeDefinition(description = "side in px the image is scaled to before the centre window is taken: the shorter"
                + " side when crop is true, the longer side when false (0 = the stimulus size)", min = "0")
        int resize() default 0;

        @AttributeDefinition(description = "true: fill the square and crop the centre; false: show the whole image on mean gray")
        boolean crop() default true;

        @AttributeDefinition(description = "images whose header announces more pixels are skipped (decompression bombs)", min = "1")
        int maxPixels() default 50_000_000;

        @AttributeDefinition(description = "category folders to use (empty = all)")
        String[] categories() default {};
    }

    @Override
    public StimulusSequence open(Parameters p, StimulusFormat format, long seed) {
        if (!Channels.colourFits(format.channels())) {
            throw new UnitscopeException("image-folder: images go into 1 (gray) or 3 (RGB) channels; the model wants " + format.channels());
        }
        Config c = p.as(Config.class);
        int resize = nonNegative("resize", c.resize());
        int perCategory = nonNegative("imagesPerCategory", c.imagesPerCategory());
        long maxPixels = c.maxPixels();
        Path root = Path.of(c.root());
        FolderScan.Result scan;
        try {
            scan = FolderScan.scan(root, List.of(c.categories()));
        } catch (IOException e) {
            throw new UnitscopeException("image-folder: cannot list " + root + ": " + Reasons.of(e), e);
        } catch (UncheckedIOException e) {
            throw new UnitscopeException("image-folder: cannot list " + root + ": " + Reasons.of(e.getCause()), e);
        }
        DecodePool pool = new DecodePool(DecodePool.defaultThreads());
        try {
            FolderCatalog catalog = FolderCatalog.check(root, scan, maxPixels, pool);
            if (catalog.usable().isEmpty()) {
                List<String> skipped = catalog.skipped();
                throw new UnitscopeException("image-folder: no usable image under " + root + "; skipped: "
                        + (skipped.size() > 5 ? skipped.subList(0, 5) + " and " + (skipped.size() - 5) + " more" : skipped));
            }
            List<ImageFolderSequence.Item> chosen = new ArrayList<>();
            for (int i : Selection.choose(catalog.categoryOfEach(), catalog.categories(), perCategory, c.shuffle(), seed)) {
                chosen.add(catalog.usable().get(i));
            }
            ImageRenderer renderer = new ImageRenderer(format, resize, c.crop(), maxPixels);
            return new ImageFolderSequence(root, chosen, catalog.categories(), format, catalog.skipped(), renderer, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static int nonNegative(String name, int v) {
        if (v < 0) {
            throw new UnitscopeException("parameter '" + name + "' of 'image-folder' must be >= 0, not " + v);
        }
        return v;
    }
}
