package org.unitscope.shell.internal.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.RunDescription;

class StudyOptionsTest {
    private static final RunDescription CATEGORIES = RunDescription.builder().name("categories")
            .model(new ComponentRef("vgg16", Map.of("weights", "models/reference.params", "inputSize", 32)))
            .stimulus("idx-images").metric("category").seed(1).build();
    private static final Study.Part CAT = new Study.Part("categories", Study.Role.CATEGORIES, Path.of("c.json"));
    private static final Study.Part TUNING = new Study.Part("tuning", Study.Role.TUNING, Path.of("t.json"));

    @Test
    void noOptionsLeaveTheDescriptionAsTheStudySaysIt() {
        assertThat(new StudyOptions(null, null, null).apply(CAT, CATEGORIES)).isEqualTo(CATEGORIES);
    }

    @Test
    void aWeightFileReplacesOnlyTheWeightsParameterAndKeepsTheOthers() {
        RunDescription d = new StudyOptions(null, Path.of("/w/vgg16.h5"), null).apply(TUNING, CATEGORIES);
        assertThat(d.model()).isEqualTo(new ComponentRef("vgg16", Map.of("weights", "/w/vgg16.h5", "inputSize", 32)));
        assertThat(d.stimulus()).isEqualTo(CATEGORIES.stimulus());
    }

    @Test
    void anotherModelStartsFromItsOwnDefaultsNotFromTheStudysModelParameters() {
        RunDescription d = new StudyOptions("torchscript", Path.of("/w/net.pt"), null).apply(TUNING, CATEGORIES);
        assertThat(d.model()).isEqualTo(new ComponentRef("torchscript", Map.of("weights", "/w/net.pt")));
    }

    @Test
    void imagesReplaceTheStimulusOfTheCategoryPartOnly() {
        StudyOptions o = new StudyOptions(null, null, Path.of("/data/imagenet-val"));
        assertThat(o.apply(CAT, CATEGORIES).stimulus()).isEqualTo(new ComponentRef("image-folder", Map.of("root", "/data/imagenet-val")));
        assertThat(o.apply(TUNING, CATEGORIES).stimulus()).isEqualTo(CATEGORIES.stimulus());
        assertThat(o.asMap()).containsExactly(Map.entry("images", "/data/imagenet-val"));
    }
}
