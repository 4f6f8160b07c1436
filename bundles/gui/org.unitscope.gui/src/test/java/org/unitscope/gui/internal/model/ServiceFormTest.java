package org.unitscope.gui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.unitscope.api.ExclusiveMin;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.api.run.ComponentRef;

/** The form of a service declared as plugins declare theirs (a Metatype configuration type). */
class ServiceFormTest {

    @ObjectClassDefinition(name = "Test gratings")
    @interface Config {
        @AttributeDefinition(description = "orientations", min = "1")
        int orientationCount() default 12;

        @AttributeDefinition(description = "contrast", min = "0", max = "1")
        @ExclusiveMin
        double contrast() default 1.0;

        @AttributeDefinition(description = "kind of noise", options = {@Option(value = "gaussian"), @Option(value = "binary")})
        String type() default "gaussian";

        @AttributeDefinition(description = "aperture")
        boolean aperture() default false;

        @AttributeDefinition(description = "explicit SFs")
        double[] sfs() default {};

        @AttributeDefinition(description = "a path without default")
        String path();
    }

    private static final ServiceInfo INFO = ServiceInfo.of("test-gratings", "1.0.0", Config.class);
    private static final ServiceEntry ENTRY = ServiceEntry.of(ServiceKind.STIMULUS, INFO, "org.example", "1.0.0", 7);

    /** What the command line says about a raw value: the message the form must show. */
    private static String commandLineMessage(String name, Object raw) {
        try {
            Parameters.resolve(INFO, Map.of(name, raw));
            return null;
        } catch (UnitscopeException e) {
            return e.getMessage();
        }
    }

    @Test
    void oneFieldPerDeclaredParameterWithTheWidgetItsTypeNeeds() {
        ServiceForm form = new ServiceForm(ENTRY);
        assertThat(form.fields()).extracting(ParameterField::name)
                .containsExactly("orientationCount", "contrast", "type", "aperture", "sfs", "path");
        assertThat(form.fields()).extracting(ParameterField::widget).containsExactly(ParameterField.Widget.TEXT,
                ParameterField.Widget.TEXT, ParameterField.Widget.CHOICE, ParameterField.Widget.CHECKBOX,
                ParameterField.Widget.TEXT, ParameterField.Widget.TEXT);
        assertThat(form.fields()).extracting(ParameterField::initialText).containsExactly("12", "1.0", "gaussian", "false", "", "");
        assertThat(form.fields().get(1).help()).isEqualTo("contrast (double, default 1.0; allowed: (0, 1])");
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void errorsAreTheCommandLinesMessages() {
        ServiceForm form = new ServiceForm(ENTRY);
        form.set("orientationCount", "0");
        form.set("contrast", "abc");
        form.set("sfs", "0.1, x");
        form.set("type", "pink");
        assertThat(form.errors()).containsExactly(
                Map.entry("orientationCount", commandLineMessage("orientationCount", "0")),
                Map.entry("contrast", commandLineMessage("contrast", "abc")),
                Map.entry("type", commandLineMessage("type", "pink")),
                Map.entry("sfs", commandLineMessage("sfs", List.of("0.1", "x"))));
        assertThat(form.errors().get("orientationCount")).isEqualTo("parameter 'orientationCount' of 'test-gratings' is 0; allowed: >= 1");
        assertThatThrownBy(form::toRef).isInstanceOf(UnitscopeException.class);
    }

    @Test
    void theRunRecordsOnlyChangedParametersTyped() {
        ServiceForm form = new ServiceForm(ENTRY);
        form.set("orientationCount", " 8 ");
        form.set("contrast", "1.0");
        form.set("type", "BINARY");
        form.set("sfs", "0.05,0.1");
        form.set("path", "/data/x");
        ComponentRef ref = form.toRef();
        assertThat(ref.id()).isEqualTo("test-gratings");
        assertThat(ref.parameters()).containsExactly(Map.entry("orientationCount", 8), Map.entry("type", "binary"),
                Map.entry("sfs", List.of(0.05, 0.1)), Map.entry("path", "/data/x"));
    }

    @Test
    void aSavedRunsValuesComeBackIntoTheForm() {
        ServiceForm form = ServiceForm.of(ENTRY, new ComponentRef("test-gratings", Map.of("orientationCount", 4, "sfs", List.of(0.1, 0.2),
                "aperture", true)));
        assertThat(form.text("orientationCount")).isEqualTo("4");
        assertThat(form.text("sfs")).isEqualTo("0.1,0.2");
        assertThat(form.text("aperture")).isEqualTo("true");
        assertThat(form.toRef().parameters()).containsExactly(Map.entry("orientationCount", 4), Map.entry("aperture", true),
                Map.entry("sfs", List.of(0.1, 0.2)));
    }
}
