package org.unitscope.math.stats;

import java.util.Arrays;

/**
 * Category selectivity of one unit from its responses to images that each belong to one category.
 * Responses are used as given (no rectification); for non-negative responses (rates, post-ReLU activations)
 * the selectivity index lies in [0, 1]. Categories that have no image are left out of every statistic.
 *
 * @param means       mean response per category (NaN for a category with no image)
 * @param best        the category with the largest mean (the lower index on ties)
 * @param si          (R_best - mean(R_others)) / (R_best + mean(R_others)), R the category means and the
 *                    others' mean unweighted over categories; NaN when the denominator is 0
 * @param dPrime      d' of the best category's images against all other images ({@link DPrime})
 * @param anova       one-way ANOVA of the responses across categories
 * @param sparseness  lifetime sparseness over all images ({@link LifetimeSparseness})
 * @param topImages   indices of the images with the largest responses, largest first, ties by lower index
 */
public record CategorySelectivity(double[] means, int best, double si, double dPrime, OneWayAnova anova,
        double sparseness, int[] topImages) {

    public CategorySelectivity {
        means = means.clone();
        topImages = topImages.clone();
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public int[] topImages() {
        return topImages.clone();
    }

    /**
     * @param responses   one unit's response to each image, finite
     * @param category    each image's category, in [0, categories)
     * @param categories  the number of categories; at least 2 of them must have images, and there must be
     *                    more images than non-empty categories (the ANOVA needs within-category spread)
     * @param topK        how many top images to return
     */
    public static CategorySelectivity of(double[] responses, int[] category, int categories, int topK) {
        check(responses, category, categories);
        double[][] groups = group(responses, category, categories);
        double[] means = new double[categories];
        int best = -1;
        for (int c = 0; c < categories; c++) {
            means[c] = groups[c].length == 0 ? Double.NaN : Moments.mean(groups[c]);
            if (groups[c].length > 0 && (best < 0 || means[c] > means[best])) {
                best = c;
            }
        }
        double[][] nonEmpty = Arrays.stream(groups).filter(g -> g.length > 0).toArray(double[][]::new);
        if (nonEmpty.length < 2) {
            throw new IllegalArgumentException("category selectivity needs images of at least 2 categories, got "
                    + nonEmpty.length);
        }
        return new CategorySelectivity(means, best, selectivityIndex(means, best),
                DPrime.of(groups[best], rest(responses, category, best)), OneWayAnova.of(nonEmpty),
                LifetimeSparseness.of(responses), TopIndices.of(responses, topK));
    }

    private static void check(double[] responses, int[] category, int categories) {
        if (responses.length != category.length) {
            throw new IllegalArgumentException(responses.length + " responses but " + category.length + " categories");
        }
        for (int i = 0; i < responses.length; i++) {
            if (!Double.isFinite(responses[i])) {
                throw new IllegalArgumentException("response to image " + i + " is not finite: " + responses[i]);
            }
            if (category[i] < 0 || category[i] >= categories) {
                throw new IllegalArgumentException("image " + i + " has category " + category[i] + ", not in [0, "
                        + categories + ")");
            }
        }
    }

    private static double[][] group(double[] responses, int[] category, int categories) {
        int[] counts = new int[categories];
        for (int c : category) {
            counts[c]++;
        }
        double[][] groups = new double[categories][];
        for (int c = 0; c < categories; c++) {
            groups[c] = new double[counts[c]];
        }
        int[] filled = new int[categories];
        for (int i = 0; i < responses.length; i++) {
            groups[category[i]][filled[category[i]]++] = responses[i];
        }
        return groups;
    }

    private static double[] rest(double[] responses, int[] category, int best) {
        double[] out = new double[responses.length];
        int n = 0;
        for (int i = 0; i < responses.length; i++) {
            if (category[i] != best) {
                out[n++] = responses[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static double selectivityIndex(double[] means, int best) {
        double[] others = new double[means.length];
        int n = 0;
        for (int c = 0; c < means.length; c++) {
            if (c != best && !Double.isNaN(means[c])) {
                others[n++] = means[c];
            }
        }
        // Moments.mean: equal category means give exactly that mean, so a flat unit has SI exactly 0
        double rest = Moments.mean(Arrays.copyOf(others, n));
        double denominator = means[best] + rest;
        return denominator == 0 ? Double.NaN : (means[best] - rest) / denominator;
    }
}
