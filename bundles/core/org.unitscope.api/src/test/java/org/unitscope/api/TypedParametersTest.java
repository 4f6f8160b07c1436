package org.unitscope.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.unitscope.api.ParameterSpec.Range;
import org.unitscope.api.ParameterSpec.Type;

/** Parameters declared once as a Metatype configuration type: what is derived from it, and the typed view of values. */
class TypedParametersTest {

    @ObjectClassDefinition(name = "Gratings for tests", description = "a stimulus set that is only declared")
    @interface Config {
        @AttributeDefinition(description = "orientations over [0, 180)", min = "1")
        int orientationCount() default 12;

        @AttributeDefinition(description = "Michelson contrast", min = "0", max = "1")
        double contrast() default 1.0;

        @AttributeDefinition(description = "mean luminance", min = "0", max = "1")
        @ExclusiveMin
        @ExclusiveMax
        double mean() default 0.5;

        @AttributeDefinition(description = "append a blank screen")
        boolean blank() default true;

        @AttributeDefinition(description = "waveform", options = {@Option(value = "sine"), @Option(label = "Square", value = "square")})
        String wave() default "sine";

        @AttributeDefinition(description = "explicit spatial frequencies", min = "0", max = "0.5")
        @ExclusiveMin
        double[] sfs() default {0.05, 0.1};

        @AttributeDefinition(description = "phases in degrees")
        int[] phases() default {0, 90};

        @AttributeDefinition(description = "tags", options = {@Option(value = "a"), @Option(value = "b")})
        String[] tags() default {};

        @AttributeDefinition(description = "the folder to read (required)")
        String root();

        int zeta() default 3; // no @AttributeDefinition: no doc
    }

    @UnitscopeService(id = "test-gratings", version = "1.2.3", config = Config.class)
    static class TestGratings implements Described {
        @Override
        public void validate(Parameters p) {
            Config c = p.as(Config.class);
            if (c.mean() * (1 + c.contrast()) > 1) {
                throw new UnitscopeException("test-gratings: mean * (1 + contrast) > 1");
            }
        }
    }

    /** A part of the declaration, as several services can share it. */
    @interface Luminance {
        double contrast() default 0;

        double mean() default 0;
    }

    @interface Misspelt {
        double constrast() default 0;
    }

    @interface WrongType {
        int contrast() default 0;
    }

    private static Map<String, Object> raw(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Parameters resolve(Object... kv) {
        return Parameters.resolve(new TestGratings().info(), raw(kv));
    }

    @Test
    void parametersAreDerivedInDeclarationOrderWithTypesDefaultsRangesChoicesAndDocs() {
        List<ParameterSpec> specs = ParameterSpec.of(Config.class);
        assertThat(specs).extracting(ParameterSpec::name).containsExactly("orientationCount", "contrast", "mean", "blank",
                "wave", "sfs", "phases", "tags", "root", "zeta");
        assertThat(specs).extracting(ParameterSpec::type).containsExactly(Type.INT, Type.DOUBLE, Type.DOUBLE, Type.BOOLEAN,
                Type.STRING, Type.DOUBLE_LIST, Type.INT_LIST, Type.STRING_LIST, Type.STRING, Type.INT);
        assertThat(specs.get(0)).isEqualTo(ParameterSpec.integer("orientationCount", 12, "orientations over [0, 180)").atLeast(1));
        assertThat(specs.get(1)).isEqualTo(ParameterSpec.real("contrast", 1.0, "Michelson contrast").within(Range.closed(0, 1)));
        assertThat(specs.get(2).range()).isEqualTo(Range.open(0, 1));
        assertThat(specs.get(3)).isEqualTo(ParameterSpec.flag("blank", true, "append a blank screen"));
        assertThat(specs.get(4)).isEqualTo(ParameterSpec.text("wave", "sine", "waveform").oneOf("sine", "square"));
        assertThat(specs.get(5)).isEqualTo(ParameterSpec.reals("sfs", List.of(0.05, 0.1), "explicit spatial frequencies")
                .within(new Range(0, false, 0.5, true)));
        assertThat(specs.get(5).allowedText()).isEqualTo("(0, 0.5]");
        assertThat(specs.get(6).defaultValue()).isEqualTo(List.of(0, 90));
        assertThat(specs.get(7).defaultValue()).isEqualTo(List.of());
        assertThat(specs.get(7).choices()).containsExactly("a", "b");
        assertThat(specs.get(8).defaultValue()).isNull();
        assertThat(specs.get(8).defaultText()).isEqualTo("(none)");
        assertThat(specs.get(9).doc()).isEmpty();
    }

    @Test
    void theServiceInfoComesFromTheServiceClassAndItsConfigurationType() {
        ServiceInfo info = new TestGratings().info();
        assertThat(info.id()).isEqualTo("test-gratings");
        assertThat(info.version()).isEqualTo("1.2.3");
        assertThat(info.title()).isEqualTo("Gratings for tests");
        assertThat(info.parameters()).isEqualTo(ParameterSpec.of(Config.class));
        assertThat(ServiceInfo.of("other", "0.1.0", Config.class).parameters()).isEqualTo(info.parameters());
    }

    @Test
    void thePluginReadsTheResolvedValuesThroughItsConfigurationType() {
        Config c = resolve("contrast", 0.25, "sfs", List.of(0.2, 0.5), "phases", List.of(45L, 90.0), "wave", " SQUARE", "root", "/data", "tags", List.of("b")).as(Config.class);
        assertThat(c.orientationCount()).isEqualTo(12);
        assertThat(c.contrast()).isEqualTo(0.25);
        assertThat(c.mean()).isEqualTo(0.5);
        assertThat(c.blank()).isTrue();
        assertThat(c.wave()).isEqualTo("square");
        assertThat(c.sfs()).containsExactly(0.2, 0.5);
        assertThat(c.phases()).containsExactly(45, 90);
        assertThat(c.tags()).containsExactly("b");
        assertThat(c.root()).isEqualTo("/data");
        assertThat(c.annotationType()).isEqualTo(Config.class);
    }

    @Test
    void arraysAreFreshCopiesSoThePluginCannotChangeTheValues() {
        Config c = resolve("root", "x").as(Config.class);
        c.sfs()[0] = 99;
        c.phases()[0] = 99;
        assertThat(c.sfs()).containsExactly(0.05, 0.1);
        assertThat(c.phases()).containsExactly(0, 90);
    }

    @Test
    void aParameterWithoutDefaultOrValueFailsWhenReadNamingServiceAndParameter() {
        Config c = resolve().as(Config.class);
        assertThat(c.contrast()).isEqualTo(1.0);
        assertThatThrownBy(c::root).isInstanceOf(UnitscopeException.class)
                .hasMessage("parameter 'root' of 'test-gratings' has no value and no default");
    }

    @Test
    void equalsHashCodeAndToStringFollowTheAnnotationContract() {
        Config a = resolve("root", "x", "contrast", 0.5).as(Config.class);
        Config b = resolve("root", "x", "contrast", 0.5).as(Config.class);
        Config other = resolve("root", "x", "contrast", 0.4).as(Config.class);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other).isNotEqualTo("x");
        int expected = 0;
        for (var e : Map.of("orientationCount", 12, "contrast", 0.5, "mean", 0.5, "blank", true, "wave", "sine", "root", "x",
                "zeta", 3).entrySet()) {
            expected += (127 * e.getKey().hashCode()) ^ e.getValue().hashCode();
        }
        expected += (127 * "sfs".hashCode()) ^ java.util.Arrays.hashCode(new double[] {0.05, 0.1});
        expected += (127 * "phases".hashCode()) ^ java.util.Arrays.hashCode(new int[] {0, 90});
        expected += (127 * "tags".hashCode()) ^ java.util.Arrays.hashCode(new String[0]);
        assertThat(a.hashCode()).isEqualTo(expected);
        assertThat(a.toString()).startsWith("@org.unitscope.api.TypedParametersTest.Config(orientationCount=12, contrast=0.5,")
                .contains("sfs=[0.05, 0.1]").contains("root=x").endsWith("zeta=3)");
    }

    @Test
    void aTypeWithPartOfTheParametersIsAView() {
        Luminance l = resolve("mean", 0.4, "contrast", 0.3).as(Luminance.class);
        assertThat(l.mean()).isEqualTo(0.4);
        assertThat(l.contrast()).isEqualTo(0.3);
    }

    @Test
    void aMisspeltOrMistypedMethodFailsWhenTheViewIsMadeNamingServiceParameterAndMethod() {
        Parameters p = resolve();
        assertThatThrownBy(() -> p.as(Misspelt.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'test-gratings' declares no parameter 'constrast'")
                .hasMessageContaining("TypedParametersTest$Misspelt.constrast()");
        assertThatThrownBy(() -> p.as(WrongType.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter 'contrast' of 'test-gratings' is DOUBLE, not INT");
    }

    @Test
    void wrongValuesInJsonAreRefusedWithTheServiceAndParameterNamed() {
        assertThatThrownBy(() -> resolve("orientationCount", "many")).isInstanceOf(UnitscopeException.class)
                .hasMessage("parameter 'orientationCount' of 'test-gratings' must be an integer, not many");
        assertThatThrownBy(() -> resolve("mean", 1.0)).hasMessage("parameter 'mean' of 'test-gratings' is 1.0; allowed: (0, 1)");
        assertThatThrownBy(() -> resolve("wave", "saw")).hasMessage("parameter 'wave' of 'test-gratings' is 'saw'; allowed: one of [sine, square]");
        assertThatThrownBy(() -> resolve("sfs", List.of(0.1, 0.0))).hasMessage("parameter 'sfs' of 'test-gratings' is 0.0; allowed: (0, 0.5]");
        assertThatThrownBy(() -> resolve("phases", "0,90")).hasMessage("parameter 'phases' of 'test-gratings' must be a list, not 0,90");
        assertThatThrownBy(() -> resolve("blank", "yes")).hasMessage("parameter 'blank' of 'test-gratings' must be true or false, not yes");
        assertThatThrownBy(() -> resolve("colour", "red")).hasMessageContaining("'test-gratings' has no parameter 'colour'");
    }

    @Test
    void crossParameterChecksReadTheTypedValues() {
        TestGratings s = new TestGratings();
        s.validate(resolve("mean", 0.5, "contrast", 1.0));
        assertThatThrownBy(() -> s.validate(resolve("mean", 0.6, "contrast", 1.0))).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("mean * (1 + contrast) > 1");
    }

    @Test
    void methodNamesAreMangledAsDeclarativeServicesAndMetatypeDo() {
        assertThat(ConfigType.parameterName("untunedCv")).isEqualTo("untunedCv");
        assertThat(ConfigType.parameterName("max_size")).isEqualTo("max.size");
        assertThat(ConfigType.parameterName("a__b")).isEqualTo("a_b");
        assertThat(ConfigType.parameterName("a$_$b")).isEqualTo("a-b");
        assertThat(ConfigType.parameterName("a$b$$c")).isEqualTo("ab$c");
    }
}
