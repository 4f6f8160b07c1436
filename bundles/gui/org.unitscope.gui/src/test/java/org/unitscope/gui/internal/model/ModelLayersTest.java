package org.unitscope.gui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.RfGeometry;
import org.unitscope.api.run.ComponentRef;

class ModelLayersTest {
    private static final List<ModelLayers.Layer> VGG = List.of(new ModelLayers.Layer("block1_conv1", 64, 224),
            new ModelLayers.Layer("block3_conv3", 256, 56), new ModelLayers.Layer("block4_conv3", 512, 28));

    @Test
    void aLoadedModelsLayersAreListedInTheNetworksOrderWithTheirWidthAndMap() {
        ModelDescription d = ModelDescription.builder("m").name("m").input(3, 32)
                .layer(new LayerInfo("conv2", 16, 8, new RfGeometry(5, 2, 0.5)))
                .layer(new LayerInfo("conv1", 8, 16, new RfGeometry(3, 1, 0)))
                .weights("fixed", "0".repeat(64)).build();
        assertThat(ModelLayers.of(d)).containsExactly(new ModelLayers.Layer("conv2", 16, 8), new ModelLayers.Layer("conv1", 8, 16));
        assertThat(ModelLayers.of(d).get(0)).hasToString("conv2  (16 channels, 8x8 map)");
    }

    @Test
    void theChosenLayersAreWrittenInTheNetworksOrderWhateverTheOrderOfTheClicks() {
        assertThat(ModelLayers.text(VGG, List.of("block4_conv3", "block1_conv1"), List.of())).isEqualTo("block1_conv1, block4_conv3");
        assertThat(ModelLayers.text(VGG, List.of(), List.of())).as("none chosen: every layer (the field's empty meaning)").isEmpty();
    }

    @Test
    void aTypedNameTheModelLacksIsKeptSoTheCommandLinesCheckStillNamesIt() {
        assertThat(ModelLayers.text(VGG, List.of("block3_conv3"), List.of("block3_conv3", "fc7")))
                .isEqualTo("block3_conv3, fc7");
    }

    @Test
    void eachModelAndParameterSetIsLoadedOnceAndAFailedLoadIsTriedAgain() {
        List<ComponentRef> loads = new ArrayList<>();
        boolean[] broken = {true};
        ModelLayers layers = new ModelLayers(ref -> {
            loads.add(ref);
            if (broken[0]) {
                throw new IllegalArgumentException("weights: no such file");
            }
            return VGG;
        });
        ComponentRef a = new ComponentRef("vgg16", Map.of("weights", "a.params"));
        assertThatThrownBy(() -> layers.of(a)).hasMessage("weights: no such file");
        broken[0] = false;
        assertThat(layers.of(a)).isEqualTo(VGG);
        assertThat(layers.of(new ComponentRef("vgg16", Map.of("weights", "a.params")))).isEqualTo(VGG);
        assertThat(layers.of(new ComponentRef("vgg16", Map.of("weights", "b.params")))).isEqualTo(VGG);
        assertThat(loads).hasSize(3);
    }
}
