package org.unitscope.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one derivation of a read-out unit's window: description geometry + readout + the probe's crop. */
class ReadoutWindowTest {
    private static final LayerStack CONV = LayerStack.input(32).conv(5, 1, 2);
    private static final ModelDescription MODEL = new ModelDescription("m", "m", 1, 32, Preprocessing.NONE,
            List.of(CONV.layer("conv1", 4), CONV.pool(2, 2).conv(3, 1, 1).layer("conv2", 8)), "fixed", "0".repeat(64), Map.of());

    @Test
    void theCentreUnitsWindowComesFromTheLayersGeometry() {
        // conv1: 32 x 32 map, centre unit 15 sees pixels 13..17
        assertThat(MODEL.readoutWindow("conv1", Readout.centre(), InputCrop.whole(32))).contains(new RfWindow(13, 13, 5));
        // conv2: 10 px fields, 2 px apart, unit 0 centred on 0.5: unit 7 centred on 14.5 sees 10..19
        assertThat(MODEL.readoutWindow("conv2", Readout.centre(), InputCrop.whole(32))).contains(new RfWindow(10, 10, 10));
        assertThat(MODEL.readoutWindow("conv2", Readout.at(0, 15), InputCrop.whole(32))).contains(new RfWindow(-4, 26, 10));
        assertThat(MODEL.readoutWindow("conv2", Readout.mean(), InputCrop.whole(32))).isEmpty();
    }

    @Test
    void aCropMovesTheWindowByItsOrigin() {
        assertThat(MODEL.readoutWindow("conv2", Readout.at(3, 5), new InputCrop(4, 8, 16)))
                .contains(MODEL.readoutWindow("conv2", Readout.at(3, 5), InputCrop.whole(32)).orElseThrow()
                        .relativeTo(new InputCrop(4, 8, 16)))
                .contains(new RfWindow(2 - 4, 6 - 8, 10)); // unit (3, 5) centred on (6.5, 10.5) sees rows 2.., columns 6..
    }

    @Test
    void anUnknownLayerAPositionOutsideTheMapAndACropOutsideTheInputAreRefused() {
        assertThatThrownBy(() -> MODEL.readoutWindow("conv9", Readout.centre(), InputCrop.whole(32)))
                .hasMessageContaining("no layer 'conv9'").hasMessageContaining("[conv1, conv2]");
        assertThatThrownBy(() -> MODEL.readoutWindow("conv2", Readout.at(16, 0), InputCrop.whole(32)))
                .hasMessageContaining("layer 'conv2'").hasMessageContaining("16,0 is outside the 16x16 map");
        assertThatThrownBy(() -> MODEL.readoutWindow("conv1", Readout.centre(), new InputCrop(20, 0, 16)))
                .hasMessageContaining("not inside the 32x32 input");
    }

    @Test
    void readoutsNameTheirUnitInAMap() {
        assertThat(Readout.centre().rowIn(8)).isEqualTo(3);
        assertThat(Readout.at(2, 5).colIn(8)).isEqualTo(5);
        assertThatThrownBy(() -> Readout.mean().rowIn(8)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Readout.at(2, 8).rowIn(8)).hasMessageContaining("outside the 8x8 map");
    }
}
