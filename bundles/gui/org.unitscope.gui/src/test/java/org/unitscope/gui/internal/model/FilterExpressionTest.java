package org.unitscope.gui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterExpressionTest {
    private static final List<String> COLUMNS = List.of("layer", "channel", "circ_var", "ori_status");
    private static final Map<String, String> TUNED = Map.of("layer", "block3_conv3", "channel", "4", "circ_var", "0.21", "ori_status", "tuned");
    private static final Map<String, String> BROAD = Map.of("layer", "block3_conv3", "channel", "5", "circ_var", "0.6", "ori_status", "untuned");
    private static final Map<String, String> OTHER = Map.of("layer", "block1_conv1", "channel", "0", "circ_var", "0.1", "ori_status", "tuned");
    private static final Map<String, String> EMPTY = Map.of("layer", "block3_conv3", "channel", "6", "circ_var", "", "ori_status", "unresponsive");

    private static List<Map<String, String>> matching(String expression) {
        FilterExpression f = FilterExpression.parse(expression, COLUMNS);
        return List.of(TUNED, BROAD, OTHER, EMPTY).stream().filter(f::matches).toList();
    }

    @Test
    void theIssuesExampleKeepsTunedUnitsOfOneLayer() {
        assertThat(matching("circ_var < 0.3 and layer = block3_conv3")).containsExactly(TUNED);
    }

    @Test
    void numbersCompareAsNumbersAndEmptyCellsMatchNoNumericComparison() {
        assertThat(matching("circ_var >= 0.21")).containsExactly(TUNED, BROAD);
        assertThat(matching("circ_var != 0.6")).containsExactly(TUNED, OTHER);
        assertThat(matching("channel > 4")).containsExactly(BROAD, EMPTY); // "10" > "4" would fail as text
        assertThat(matching("channel <= 4.0")).containsExactly(TUNED, OTHER);
    }

    @Test
    void andBindsTighterThanOrAndParenthesesAndNotWork() {
        assertThat(matching("layer = block1_conv1 or circ_var > 0.5 and ori_status = untuned")).containsExactly(BROAD, OTHER);
        assertThat(matching("(layer = block1_conv1 or circ_var > 0.5) and ori_status = tuned")).containsExactly(OTHER);
        assertThat(matching("not ori_status = tuned")).containsExactly(BROAD, EMPTY);
        assertThat(matching("ori_status ~ TUN and layer = 'BLOCK3_CONV3'")).containsExactly(TUNED, BROAD);
    }

    @Test
    void blankMatchesEverything() {
        assertThat(matching("  ")).hasSize(4);
    }

    @Test
    void errorsSayWhereAndWhat() {
        assertThatThrownBy(() -> matching("cv < 0.3")).hasMessage(
                "unknown column 'cv' at 1; columns: layer, channel, circ_var, ori_status");
        assertThatThrownBy(() -> matching("circ_var 0.3")).hasMessage("expected an operator (< <= > >= = != ~) at 10, found '0.3'");
        assertThatThrownBy(() -> matching("circ_var <")).hasMessage("expected a value at the end");
        assertThatThrownBy(() -> matching("circ_var < 0.3 layer = x")).hasMessage("expected 'and', 'or' or the end at 16, found 'layer'");
        assertThatThrownBy(() -> matching("(circ_var < 0.3")).hasMessage("expected ')' at the end");
        assertThatThrownBy(() -> matching("layer = 'x")).hasMessage("unclosed quote at 9");
    }
}
