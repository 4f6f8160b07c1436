package org.unitscope.stage.rf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unitscope.api.rf.RfResult;

class RfResultCodecTest {
    private static RfResult result() {
        Map<String, double[][]> arrays = new LinkedHashMap<>();
        arrays.put("awa", new double[][] {{1.0 / 3, -0.0, Double.NaN}, {Double.MIN_VALUE, 1e300, -7}});
        arrays.put("p", new double[][] {{0.01}, null});
        return new RfResult(arrays, Map.of("awa", List.of("AWA")), Map.of());
    }

    private static byte[] bytes(String key) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        RfResultCodec.write(new DataOutputStream(b), key, List.of(result(), result()));
        return b.toByteArray();
    }

    private static Optional<List<RfResult>> read(byte[] bytes, String key) throws IOException {
        return RfResultCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)), key);
    }

    @Test
    void resultsComeBackBitForBitWithTheirPanelsInOrder() throws IOException {
        List<RfResult> back = read(bytes("rf/pass-0 [a]"), "rf/pass-0 [a]").orElseThrow();
        assertThat(back).hasSize(2);
        RfResult r = back.get(1);
        assertThat(r.arrays().keySet()).containsExactly("awa", "p");
        for (int i = 0; i < 2; i++) {
            assertThat(Arrays.stream(r.arrays().get("awa")[i]).map(Double::doubleToRawLongBits).toArray())
                    .isEqualTo(Arrays.stream(result().arrays().get("awa")[i]).map(Double::doubleToRawLongBits).toArray());
        }
        assertThat(r.arrays().get("p")[1]).isNull();
        assertThat(r.panels()).containsExactly(Map.entry("awa", List.of("AWA")));
    }

    @Test
    void aCheckpointOfOtherWorkIsNotUsed() throws IOException {
        assertThat(read(bytes("rf/pass-0 [a]"), "rf/pass-0 [b]")).isEmpty();
    }

    @Test
    void aCheckpointCutShortIsNotUsed() throws IOException {
        byte[] all = bytes("k");
        for (int cut : new int[] {0, 3, all.length / 2, all.length - 1}) {
            assertThat(read(Arrays.copyOf(all, cut), "k")).as("cut at %d", cut).isEmpty();
        }
    }
}
