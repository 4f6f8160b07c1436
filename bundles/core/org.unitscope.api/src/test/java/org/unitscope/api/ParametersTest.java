package org.unitscope.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {

    private static final ServiceInfo INFO = new ServiceInfo("grating-set", "1.2.0", "Gratings", List.of(
            ParameterSpec.integer("size", 224, "image side"),
            ParameterSpec.real("contrast", 0.8, "Michelson contrast"),
            ParameterSpec.flag("mirror", false, "mirror the set"),
            ParameterSpec.text("kind", "sine", "waveform"),
            ParameterSpec.reals("sfs", List.of(0.05, 0.1), "spatial frequencies"),
            ParameterSpec.texts("tags", List.of("a"), "tags"),
            new ParameterSpec("count", ParameterSpec.Type.INT, null, "no default"),
            new ParameterSpec("phases", ParameterSpec.Type.INT_LIST, List.of(0, 90), "phases")));

    private static Map<String, Object> raw(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void defaultsAreFilledInDeclarationOrder() {
        // given in an order that differs from the declaration order
        Parameters p = Parameters.resolve(INFO, raw("tags", List.of("x", "y"), "size", 64));
        assertThat(p.asMap().keySet()).containsExactly("size", "contrast", "mirror", "kind", "sfs", "tags", "count",
                "phases");
        assertThat(p.getInt("size")).isEqualTo(64);
        assertThat(p.getDouble("contrast")).isEqualTo(0.8);
        assertThat(p.getBoolean("mirror")).isFalse();
        assertThat(p.getString("kind")).isEqualTo("sine");
        assertThat(p.getDoubles("sfs")).containsExactly(0.05, 0.1);
        assertThat(p.getStrings("tags")).containsExactly("x", "y");
        assertThat(p.asMap().get("phases")).isEqualTo(List.of(0, 90));
        assertThat(p.isSet("count")).isFalse();
        assertThat(p.isSet("size")).isTrue();
    }

    @Test
    void nullRawMeansAllDefaults() {
        Parameters p = Parameters.resolve(INFO, null);
        assertThat(p.getInt("size")).isEqualTo(224);
        assertThat(p.asMap()).hasSize(8);
    }

    @Test
    void missingValueWithoutDefaultIsReportedWhenRead() {
        Parameters p = Parameters.resolve(INFO, Map.of());
        assertThatThrownBy(() -> p.getInt("count")).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("count").hasMessageContaining("grating-set");
    }

    @Test
    void readingAnUndeclaredNameIsAnError() {
        Parameters p = Parameters.resolve(INFO, Map.of());
        assertThatThrownBy(() -> p.getInt("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void unknownParameterNamesTheServiceAndTheName() {
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("size", 3, "contrsat", 0.5)))
                .isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("grating-set")
                .hasMessageContaining("contrsat");
    }

    @Test
    void nonNumericStringForIntIsRejected() {
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("size", "big")))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'size'")
                .hasMessageContaining("grating-set");
    }

    @Test
    void fractionalNumberForIntIsRejected() {
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("size", 2.5)))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'size'");
    }

    @Test
    void intOutOfRangeIsRejected() {
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("size", 3_000_000_000L)))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'size'");
    }

    @Test
    void booleanForIntIsRejected() {
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("size", true)))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'size'");
    }

    @Test
    void nonNumericStringForDoubleIsRejected() {
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("contrast", "abc")))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'contrast'");
    }

    @Test
    void nanAndInfinityForDoubleAreRejected() {
        for (Object bad : List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Float.NaN, "NaN",
                "Infinity")) {
            assertThatThrownBy(() -> Parameters.resolve(INFO, raw("contrast", bad)))
                    .as("value %s", bad)
                    .isInstanceOf(UnitscopeException.class).hasMessageContaining("'contrast'");
        }
    }

    @Test
    void nonListForListIsRejected() {
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("sfs", 0.1)))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'sfs'");
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("tags", "a,b")))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'tags'");
    }

    @Test
    void badElementInListIsRejectedNamingTheParameter() {
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("sfs", List.of(0.1, "x"))))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'sfs'");
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("phases", List.of(0, 45.5))))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'phases'");
    }

    @Test
    void booleanRejectsOtherText() {
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("mirror", "yes")))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'mirror'");
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("mirror", 1)))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'mirror'");
    }

    @Test
    void jsonStyleNumbersAreAccepted() {
        Parameters fromLong = Parameters.resolve(INFO, raw("size", 3L, "contrast", 1));
        assertThat(fromLong.getInt("size")).isEqualTo(3);
        assertThat(fromLong.asMap().get("size")).isInstanceOf(Integer.class);
        assertThat(fromLong.getDouble("contrast")).isEqualTo(1.0);
        assertThat(fromLong.asMap().get("contrast")).isInstanceOf(Double.class);

        Parameters fromDouble = Parameters.resolve(INFO, raw("size", 3.0));
        assertThat(fromDouble.getInt("size")).isEqualTo(3);

        Parameters negative = Parameters.resolve(INFO, raw("size", -7.0));
        assertThat(negative.getInt("size")).isEqualTo(-7);
    }

    @Test
    void mixedNumberListBecomesDoubles() {
        List<Object> mixed = new ArrayList<>(Arrays.asList(1, 2.5, 3L, 0.25f));
        Parameters p = Parameters.resolve(INFO, raw("sfs", mixed));
        assertThat(p.getDoubles("sfs")).containsExactly(1.0, 2.5, 3.0, 0.25);
        assertThat((List<?>) p.asMap().get("sfs")).allSatisfy(e -> assertThat(e).isInstanceOf(Double.class));
    }

    @Test
    void intListAcceptsWholeDoubles() {
        Parameters p = Parameters.resolve(INFO, raw("phases", List.of(0.0, 180L, 270)));
        assertThat(p.asMap().get("phases")).isEqualTo(List.of(0, 180, 270));
    }

    @Test
    void stringListConvertsElementsToText() {
        Parameters p = Parameters.resolve(INFO, raw("tags", List.of("a", 2L)));
        assertThat(p.getStrings("tags")).containsExactly("a", "2");
    }

    @Test
    void booleanFromTrueAndFalseText() {
        assertThat(Parameters.resolve(INFO, raw("mirror", "true")).getBoolean("mirror")).isTrue();
        assertThat(Parameters.resolve(INFO, raw("mirror", "false")).getBoolean("mirror")).isFalse();
        assertThat(Parameters.resolve(INFO, raw("mirror", Boolean.TRUE)).getBoolean("mirror")).isTrue();
    }

    @Test
    void getPositiveIntRejectsZeroAndNegative() {
        assertThat(Parameters.resolve(INFO, raw("size", 1)).getPositiveInt("size")).isEqualTo(1);
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("size", 0)).getPositiveInt("size"))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'size'")
                .hasMessageContaining("grating-set");
        assertThatThrownBy(() -> Parameters.resolve(INFO, raw("size", -4)).getPositiveInt("size"))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'size'");
    }

    @Test
    void asMapIsUnmodifiable() {
        Parameters p = Parameters.resolve(INFO, Map.of());
        Map<String, Object> m = p.asMap();
        assertThatThrownBy(() -> m.put("size", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.remove("size")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(p.getInt("size")).isEqualTo(224);
    }

    @Test
    void resolvedListsDoNotFollowTheCallersList() {
        List<Object> sfs = new ArrayList<>(List.of(0.1, 0.2));
        Parameters p = Parameters.resolve(INFO, raw("sfs", sfs));
        sfs.add(0.3);
        assertThat(p.getDoubles("sfs")).containsExactly(0.1, 0.2);
        assertThatThrownBy(() -> ((List<Object>) p.asMap().get("sfs")).add(1.0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static final ServiceInfo RANGED = new ServiceInfo("ranged", "1.0.0", "Ranged", List.of(
            ParameterSpec.real("alpha", 0.05, "level").within(ParameterSpec.Range.open(0, 1)),
            ParameterSpec.integer("shuffles", 39, "R").atLeast(2),
            ParameterSpec.real("contrast", 1.0, "c").within(ParameterSpec.Range.closed(0, 1)),
            ParameterSpec.reals("sfs", List.of(), "SFs").within(ParameterSpec.Range.above(0)),
            ParameterSpec.text("correction", "fdr", "which").oneOf("fdr", "bonferroni", "none"),
            ParameterSpec.texts("modes", List.of("a"), "modes").oneOf("a", "b")));

    @Test
    void valuesOutsideTheDeclaredRangeOrChoicesNameServiceParameterValueAndWhatIsAllowed() {
        assertThatThrownBy(() -> Parameters.resolve(RANGED, raw("alpha", 1.0)))
                .hasMessage("parameter 'alpha' of 'ranged' is 1.0; allowed: (0, 1)");
        assertThatThrownBy(() -> Parameters.resolve(RANGED, raw("shuffles", 1)))
                .hasMessage("parameter 'shuffles' of 'ranged' is 1; allowed: >= 2");
        assertThatThrownBy(() -> Parameters.resolve(RANGED, raw("contrast", -0.1)))
                .hasMessage("parameter 'contrast' of 'ranged' is -0.1; allowed: [0, 1]");
        assertThatThrownBy(() -> Parameters.resolve(RANGED, raw("sfs", List.of(0.1, 0))))
                .hasMessage("parameter 'sfs' of 'ranged' is 0.0; allowed: > 0");
        assertThatThrownBy(() -> Parameters.resolve(RANGED, raw("correction", "holm")))
                .hasMessage("parameter 'correction' of 'ranged' is 'holm'; allowed: one of [fdr, bonferroni, none]");
        assertThatThrownBy(() -> Parameters.resolve(RANGED, raw("modes", List.of("a", "c"))))
                .hasMessage("parameter 'modes' of 'ranged' is 'c'; allowed: one of [a, b]");
    }

    @Test
    void theEndsOfARangeAreInOrOutAsDeclared() {
        assertThat(Parameters.resolve(RANGED, raw("contrast", 0, "shuffles", 2, "alpha", 0.999)).getDouble("contrast")).isZero();
        assertThat(Parameters.resolve(RANGED, raw("contrast", 1)).getDouble("contrast")).isEqualTo(1.0);
        assertThatThrownBy(() -> Parameters.resolve(RANGED, raw("alpha", 0))).hasMessageContaining("allowed: (0, 1)");
        assertThat(ParameterSpec.Range.closed(0, 1).contains(Double.NaN)).isFalse();
        assertThat(RANGED.parameters().get(0).allowedText()).isEqualTo("(0, 1)");
        assertThat(ParameterSpec.integer("n", 1, "n").allowedText()).isEmpty();
        // a choice is matched ignoring case and blanks, and stored as declared
        assertThat(Parameters.resolve(RANGED, raw("correction", " Bonferroni ")).getString("correction")).isEqualTo("bonferroni");
    }
}
