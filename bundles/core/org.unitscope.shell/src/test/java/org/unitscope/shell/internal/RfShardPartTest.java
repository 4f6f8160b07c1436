package org.unitscope.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.RfSharding;

class RfShardPartTest {

    @Test
    void partKOfNIsReadAndItsBlocksAreContiguousAndCoverTheGridOnce() {
        assertThat(RfShardCommand.part("3/7")).containsExactly(3, 7);
        // 8 blocks in 7 parts: every block once, in order, one part with two
        int next = 0;
        for (int k = 0; k < 7; k++) {
            RfSharding s = RfSharding.shard(k, 7, java.nio.file.Path.of("x"));
            assertThat(s.fromBlock(8)).isEqualTo(next);
            next = s.toBlock(8);
        }
        assertThat(next).isEqualTo(8);
    }

    @Test
    void aPartOutsideItsCountOrNotKSlashNIsRefusedWithTheExpectedForm() {
        for (String bad : new String[] {"7/7", "-1/3", "2", "a/b", "1/2/3"}) {
            assertThatThrownBy(() -> RfShardCommand.part(bad)).as(bad).isInstanceOf(UnitscopeException.class)
                    .hasMessageContaining("--part must be K/N with 0 <= K < N").hasMessageContaining("'" + bad + "'");
        }
    }

    @Test
    void patchRowsAreReadAsAColonBAndCarriedAsTheShardingsRangeWhileABackwardRangeIsRefused() {
        assertThat(RfPatchesCommand.range("64:128")).containsExactly(64, 128);
        assertThat(RfPatchesCommand.range("5:5")).containsExactly(5, 5);
        RfSharding s = RfSharding.patches(64, 128, java.nio.file.Path.of("x.rfpatches"));
        assertThat(s.mode()).isEqualTo(RfSharding.Mode.PATCHES);
        assertThat(s.part()).isEqualTo(64);
        assertThat(s.parts()).isEqualTo(128);
        for (String bad : new String[] {"9:3", "-1:3", "3", "a:b", "1:2:3"}) {
            assertThatThrownBy(() -> RfPatchesCommand.range(bad)).as(bad).isInstanceOf(UnitscopeException.class)
                    .hasMessageContaining("--rows must be A:B").hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> RfSharding.patches(9, 3, java.nio.file.Path.of("x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
