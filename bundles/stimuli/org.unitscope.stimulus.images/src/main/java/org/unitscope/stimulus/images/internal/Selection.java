package org.unitscope.stimulus.images.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Which items a sequence shows, in what order. Without subsampling or shuffling: every item in its natural order.
 * A category with more than {@code perCategory} items keeps a seeded random subset, in natural order; its generator
 * is seeded by the run seed and the category's name, so adding or removing another category does not change its
 * draw. {@code shuffle} then applies one seeded permutation to the whole sequence. Fisher-Yates over
 * java.util.Random (a specified algorithm): the same seed gives the same sequence on every JVM.
 */
final class Selection {
    private Selection() {
    }

    /**
     * @param categoryOfItem the category index of each item, items in natural order
     * @param categoryNames  names by category index (they seed the per-category draws)
     * @param perCategory    items kept per category, 0 = all
     * @return indices of the chosen items, in sequence order
     */
    static int[] choose(int[] categoryOfItem, List<String> categoryNames, int perCategory, boolean shuffle, long seed) {
        if (perCategory < 0) {
            throw new IllegalArgumentException("imagesPerCategory must be >= 0, not " + perCategory);
        }
        List<List<Integer>> byCategory = new ArrayList<>();
        for (int c = 0; c < categoryNames.size(); c++) {
            byCategory.add(new ArrayList<>());
        }
        for (int i = 0; i < categoryOfItem.length; i++) {
            byCategory.get(categoryOfItem[i]).add(i);
        }
        boolean[] keep = new boolean[categoryOfItem.length];
        for (int c = 0; c < byCategory.size(); c++) {
            List<Integer> items = byCategory.get(c);
            int[] ids = items.stream().mapToInt(Integer::intValue).toArray();
            int k = perCategory == 0 ? ids.length : Math.min(perCategory, ids.length);
            if (k < ids.length) {
                partialShuffle(ids, k, new Random(seed ^ (categoryNames.get(c).hashCode() * 0x9E3779B97F4A7C15L)));
            }
            for (int j = 0; j < k; j++) {
                keep[ids[j]] = true;
            }
        }
        int n = 0;
        for (boolean b : keep) {
            n += b ? 1 : 0;
        }
        int[] out = new int[n];
        for (int i = 0, j = 0; i < keep.length; i++) {
            if (keep[i]) {
                out[j++] = i;
            }
        }
        if (shuffle) {
            partialShuffle(out, out.length, new Random(seed));
        }
        return out;
    }

    /** Fisher-Yates from the front: after it, a[0..k-1] is a uniform random k-subset in random order. */
    private static void partialShuffle(int[] a, int k, Random random) {
        for (int i = 0; i < k && i < a.length - 1; i++) {
            int j = i + random.nextInt(a.length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
