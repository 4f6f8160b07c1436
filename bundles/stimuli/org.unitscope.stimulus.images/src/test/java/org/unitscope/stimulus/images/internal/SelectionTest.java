package org.unitscope.stimulus.images.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which items a sequence shows, and that the seed alone decides. */
class SelectionTest {

    @Test
    void withoutSubsamplingOrShuffleEveryItemInOrder() {
        int[] cat = {1, 0, 1, 2, 0};
        assertThat(Selection.choose(cat, List.of("a", "b", "c"), 0, false, 7)).containsExactly(0, 1, 2, 3, 4);
        assertThat(Selection.choose(cat, List.of("a", "b", "c"), 5, false, 7)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void subsamplingKeepsKPerCategoryInOrderAndShuffleIsAPermutation() {
        int[] cat = new int[40];
        for (int i = 0; i < cat.length; i++) {
            cat[i] = i % 4;
        }
        int[] chosen = Selection.choose(cat, List.of("a", "b", "c", "d"), 3, false, 11);
        assertThat(chosen).hasSize(12).isSorted();
        int[] per = new int[4];
        for (int i : chosen) {
            per[cat[i]]++;
        }
        assertThat(per).containsOnly(3);
        int[] shuffled = Selection.choose(cat, List.of("a", "b", "c", "d"), 0, true, 11);
        assertThat(shuffled).containsExactlyInAnyOrder(Selection.choose(cat, List.of("a", "b", "c", "d"), 0, false, 11))
                .isNotEqualTo(Selection.choose(cat, List.of("a", "b", "c", "d"), 0, false, 11))
                .isEqualTo(Selection.choose(cat, List.of("a", "b", "c", "d"), 0, true, 11));
    }

    @Test
    void aCategorysDrawDoesNotDependOnTheOtherCategories() {
        // category "b" has items 10..19 in both layouts; "a" is absent from the second
        int[] withA = new int[20];
        Arrays.fill(withA, 10, 20, 1);
        int[] withoutA = new int[10];
        List<Integer> fromFirst = new ArrayList<>();
        for (int i : Selection.choose(withA, List.of("a", "b"), 4, false, 5)) {
            if (i >= 10) {
                fromFirst.add(i - 10);
            }
        }
        List<Integer> fromSecond = new ArrayList<>();
        for (int i : Selection.choose(withoutA, List.of("b"), 4, false, 5)) {
            fromSecond.add(i);
        }
        assertThat(fromFirst).hasSize(4).isEqualTo(fromSecond);
    }
}
