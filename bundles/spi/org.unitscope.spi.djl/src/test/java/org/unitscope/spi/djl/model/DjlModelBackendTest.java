package org.unitscope.spi.djl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfGeometry;

class DjlModelBackendTest {

    /** One 3x3 convolution, no padding, weights 'gain' times 1..9: the centre unit of a 5x5 input sees pixels 1..3. */
    static final class Ramp extends DjlModelBackend {
        static final ServiceInfo INFO = new ServiceInfo("ramp", "1.0.0", "a 3x3 ramp filter",
                List.of(ParameterSpec.real("gain", 1.0, "kernel scale")));

        @Override
        public ServiceInfo info() {
            return INFO;
        }

        @Override
        protected DjlNetwork build(Parameters p, NDManager manager) {
            Conv2d conv = Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(1).optBias(false).build();
            conv.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 5, 5));
            float[] w = new float[9];
            for (int k = 0; k < 9; k++) {
                w[k] = (float) (p.getDouble("gain") * (k + 1));
            }
            conv.getParameters().get("weight").getArray().set(w);
            return network(conv).input(1, 5).layer("ramp", 1, 3, RfGeometry.input().then(3, 1, 0))
                    .groundTruth((layer, channel) -> Map.of("gain", p.getDouble("gain"))).build();
        }
    }

    private static LoadedModel load(double gain) {
        Ramp ramp = new Ramp();
        return ramp.load(Parameters.resolve(ramp.info(), Map.of("gain", gain)));
    }

    @Test
    void theProbeReadsTheCentreUnitOfTheBlocksMap() {
        try (LoadedModel model = load(2.0); Probe probe = model.openProbe(List.of("ramp"), Readout.centre())) {
            float[] impulse = new float[25];
            impulse[2 * 5 + 2] = 1; // centre pixel: under kernel weight 5 of the centre unit
            assertThat(probe.forward(impulse, 1).get("ramp")[0]).isCloseTo(10f, within(1e-5f));
            float[] corner = new float[25];
            corner[5 + 1] = 1; // top-left of the centre unit's window: weight 1
            assertThat(probe.forward(corner, 1).get("ramp")[0]).isCloseTo(2f, within(1e-5f));
            assertThat(model.groundTruth("ramp", 0)).containsEntry("gain", 2.0);
        }
    }

    @Test
    void theDescriptionHashesTheWeightsAndRecordsTheEngine() {
        try (LoadedModel a = load(1.0); LoadedModel b = load(1.0); LoadedModel c = load(3.0)) {
            assertThat(a.description().id()).isEqualTo("ramp");
            assertThat(a.description().weightsSha256()).matches("[0-9a-f]{64}").isEqualTo(b.description().weightsSha256())
                    .isNotEqualTo(c.description().weightsSha256());
            assertThat(a.description().provenance()).containsKeys("djl", "engine");
            assertThat(a.description().layers().get(0).rf().size()).isEqualTo(3);
        }
    }

    @Test
    void aLayerTheNetworkDoesNotHaveIsNamedInTheError() {
        try (LoadedModel model = load(1.0)) {
            assertThatThrownBy(() -> model.openProbe(List.of("conv9"), Readout.centre()))
                    .hasMessageContaining("ramp has no layer 'conv9'; it has [ramp]");
        }
    }
}
