package org.unitscope.metric.category.internal;

import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.stimulus.LabelTable;

/**
 * What the stimulus labels say about a category experiment, read once per layer: each stimulus's category,
 * the category names, and the id under which each stimulus is reported (its image name when the set has an
 * "image" label, else its index in the set).
 */
final class CategoryDesign {
    static final String CATEGORY = "category";
    static final String IMAGE = "image";

    private final int[] category;
    private final List<String> names;
    private final String[] imageIds;

    private CategoryDesign(int[] category, List<String> names, String[] imageIds) {
        this.category = category;
        this.names = names;
        this.imageIds = imageIds;
    }

    static CategoryDesign of(LabelTable labels) {
        int[] category = indices(CATEGORY, labels.column(CATEGORY));
        List<String> names = categoryNames(labels, category);
        check(category, names.size());
        return new CategoryDesign(category, names, imageIds(labels));
    }

    /** Names from levels["category"] when the set has them, else "0", "1", ... up to the largest index. */
    private static List<String> categoryNames(LabelTable labels, int[] category) {
        List<String> levels = labels.levels().get(CATEGORY);
        int max = -1;
        for (int c : category) {
            max = Math.max(max, c);
        }
        if (levels != null) {
            if (max >= levels.size()) {
                throw new UnitscopeException("label 'category' has index " + max + " but only " + levels.size()
                        + " category names");
            }
            return List.copyOf(levels);
        }
        List<String> numbers = new ArrayList<>();
        for (int c = 0; c <= max; c++) {
            numbers.add(Integer.toString(c));
        }
        return numbers;
    }

    /** The selectivity statistics need two categories to compare and spread within categories for the ANOVA. */
    private static void check(int[] category, int categories) {
        int[] counts = new int[categories];
        for (int c : category) {
            counts[c]++;
        }
        int used = 0;
        for (int n : counts) {
            used += n > 0 ? 1 : 0;
        }
        if (used < 2) {
            throw new UnitscopeException("category selectivity needs images of at least 2 categories; the stimulus set has "
                    + used);
        }
        if (category.length <= used) {
            throw new UnitscopeException("category selectivity needs more images (" + category.length + ") than categories ("
                    + used + "): the ANOVA needs several images per category");
        }
    }

    private static String[] imageIds(LabelTable labels) {
        String[] ids = new String[labels.count()];
        if (!labels.has(IMAGE)) {
            for (int i = 0; i < ids.length; i++) {
                ids[i] = Integer.toString(i);
            }
            return ids;
        }
        int[] image = indices(IMAGE, labels.column(IMAGE));
        List<String> names = labels.levels().get(IMAGE);
        for (int i = 0; i < ids.length; i++) {
            if (names == null) {
                ids[i] = Integer.toString(image[i]);
            } else if (image[i] < names.size()) {
                ids[i] = names.get(image[i]);
            } else {
                throw new UnitscopeException("label 'image' of stimulus " + i + " is " + image[i] + " but only "
                        + names.size() + " image names are given");
            }
        }
        return ids;
    }

    /** A categorical label column as indices: every value must be a non-negative integer. */
    private static int[] indices(String label, double[] column) {
        int[] out = new int[column.length];
        for (int i = 0; i < column.length; i++) {
            double v = column[i];
            if (!(v >= 0 && v == Math.rint(v) && v <= Integer.MAX_VALUE)) {
                throw new UnitscopeException("label '" + label + "' must be a non-negative integer index; stimulus " + i
                        + " has " + v);
            }
            out[i] = (int) v;
        }
        return out;
    }

    int[] category() {
        return category.clone();
    }

    int categories() {
        return names.size();
    }

    String name(int category) {
        return names.get(category);
    }

    String imageId(int stimulus) {
        return imageIds[stimulus];
    }
}
