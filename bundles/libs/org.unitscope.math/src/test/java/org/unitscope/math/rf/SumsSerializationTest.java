package org.unitscope.math.rf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sums written in one JVM and merged in another must be the sums merged in one, bit for bit. */
class SumsSerializationTest {
    private static final int UNITS = 3;
    private static final int DIM = 5;

    @Test
    void sumsWrittenAndMergedFromTheirBytesEqualTheSumsMergedDirectlyBitForBit() throws IOException {
        ActivationWeightedSums first = filled(1, 40);
        ActivationWeightedSums second = filled(2, 33);
        ActivationWeightedSums direct = filled(1, 40);
        direct.merge(second);

        ActivationWeightedSums viaBytes = filled(1, 40);
        viaBytes.mergeFrom(read(written(second)));

        assertThat(viaBytes.count()).isEqualTo(direct.count()).isEqualTo(73);
        assertThat(bits(viaBytes.stimulusSum())).isEqualTo(bits(direct.stimulusSum()));
        assertThat(bits(viaBytes.stimulusOuterSum())).isEqualTo(bits(direct.stimulusOuterSum()));
        for (int u = 0; u < UNITS; u++) {
            assertThat(viaBytes.activationSum(u)).isEqualTo(direct.activationSum(u));
            assertThat(bits(viaBytes.weightedStimulusSum(u))).isEqualTo(bits(direct.weightedStimulusSum(u)));
            assertThat(bits(viaBytes.weightedOuterSum(u))).isEqualTo(bits(direct.weightedOuterSum(u)));
            assertThat(viaBytes.studentizedAwaNorm(u)).isEqualTo(direct.studentizedAwaNorm(u));
        }
        // and the first shard was not changed by being merged into
        assertThat(first.count()).isEqualTo(40);
    }

    @Test
    void emptySumsMergedFromWrittenSumsEqualThoseSumsExactly() throws IOException {
        ActivationWeightedSums shard = filled(3, 25);
        ActivationWeightedSums total = new ActivationWeightedSums(UNITS, DIM, true);
        total.mergeFrom(read(written(shard)));
        assertThat(bits(total.weightedOuterSum(1))).isEqualTo(bits(shard.weightedOuterSum(1)));
        assertThat(bits(total.stimulusSum())).isEqualTo(bits(shard.stimulusSum()));
    }

    @Test
    void writtenSumsOfAnotherShapeAreRefusedNamingBothShapes() throws IOException {
        byte[] withoutCovariance = written(new ActivationWeightedSums(UNITS, DIM, false));
        ActivationWeightedSums total = new ActivationWeightedSums(UNITS, DIM, true);
        assertThatThrownBy(() -> total.mergeFrom(read(withoutCovariance))).isInstanceOf(IOException.class)
                .hasMessageContaining("3 units, d = 5 into sums of 3 units, d = 5 with covariance");
        assertThat(total.count()).isZero();
    }

    private static ActivationWeightedSums filled(long seed, int n) {
        Random r = new Random(seed);
        float[] s = new float[n * DIM];
        float[] a = new float[n * UNITS];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) r.nextGaussian();
        }
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) (r.nextGaussian() * 3);
        }
        ActivationWeightedSums sums = new ActivationWeightedSums(UNITS, DIM, true);
        sums.add(s, a, n);
        return sums;
    }

    private static byte[] written(ActivationWeightedSums sums) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            sums.write(out);
        }
        return b.toByteArray();
    }

    private static DataInputStream read(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }

    private static long[] bits(double[] values) {
        long[] b = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = Double.doubleToRawLongBits(values[i]);
        }
        return b;
    }
}
