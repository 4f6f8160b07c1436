package org.unitscope.stimulus.images.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder scan with every file checked (in parallel: on a large data set the checks are file opens and header reads):
 * the usable images with their category, and every skipped file or empty category with its reason.
 */
record FolderCatalog(List<ImageFolderSequence.Item> usable, List<String> categories, List<String> skipped) {

    static FolderCatalog check(Path root, FolderScan.Result scan, long maxPixels, DecodePool pool) {
        List<String> paths = new ArrayList<>();
        List<Integer> categoryOf = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (FolderScan.Category c : scan.categories()) {
            for (String f : c.files()) {
                paths.add(f);
                categoryOf.add(names.size());
            }
            names.add(c.name());
        }
        ImageCheck.Result[] checks = new ImageCheck.Result[paths.size()];
        pool.forEach(paths.size(), i -> checks[i] = ImageCheck.check(root.resolve(paths.get(i)), maxPixels));

        List<String> skipped = new ArrayList<>(scan.skipped());
        List<ImageFolderSequence.Item> usable = new ArrayList<>();
        boolean[] populated = new boolean[names.size()];
        for (int i = 0; i < checks.length; i++) {
            if (checks[i].ok()) {
                usable.add(new ImageFolderSequence.Item(paths.get(i), checks[i].type(), categoryOf.get(i)));
                populated[categoryOf.get(i)] = true;
            } else {
                skipped.add(paths.get(i) + ": " + checks[i].problem());
            }
        }
        for (int c = 0; c < names.size(); c++) {
            if (!populated[c]) {
                skipped.add(names.get(c) + "/: no usable image in this category");
            }
        }
        return new FolderCatalog(List.copyOf(usable), List.copyOf(names), List.copyOf(skipped));
    }

    /** Category index of each usable image, in order (what {@link Selection} draws from). */
    int[] categoryOfEach() {
        return usable.stream().mapToInt(ImageFolderSequence.Item::category).toArray();
    }
}
