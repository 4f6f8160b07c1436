package org.unitscope.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** A declaration that cannot describe parameters is refused with the type and the method named. */
class ConfigDeclarationErrorsTest {

    @interface LongValue {
        long count() default 1;
    }

    @interface DefaultInMetatype {
        @AttributeDefinition(defaultValue = "3")
        int count() default 3;
    }

    @interface LengthOfText {
        @AttributeDefinition(min = "1")
        String name() default "x";
    }

    @interface ChoicesOfNumbers {
        @AttributeDefinition(options = {@Option(value = "1"), @Option(value = "2")})
        int count() default 1;
    }

    @interface ExclusiveWithoutLimit {
        @AttributeDefinition(max = "1")
        @ExclusiveMin
        double p() default 0.5;
    }

    @interface WordForLimit {
        @AttributeDefinition(min = "zero")
        double p() default 0.5;
    }

    @interface Untitled {
        int count() default 1;
    }

    @ObjectClassDefinition(name = "Single")
    @interface LoneValue {
        int value() default 1;
    }

    @ObjectClassDefinition(name = "Prefixed")
    @interface Prefixed {
        String PREFIX_ = "my.";

        int count() default 1;
    }

    static class NotDeclared implements Described {
    }

    private static void refused(Class<? extends Annotation> type, String message) {
        assertThatThrownBy(() -> ParameterSpec.of(type)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aReturnTypeOutsideTheSevenParameterTypesIsRefused() {
        refused(LongValue.class, "ConfigDeclarationErrorsTest$LongValue.count() returns long; a parameter is int, double,"
                + " boolean, String, int[], double[] or String[]");
    }

    @Test
    void theDefaultIsDeclaredOnceAsTheJavaDefault() {
        refused(DefaultInMetatype.class, "DefaultInMetatype.count(): give the default as the method's default value");
    }

    @Test
    void limitsApplyToNumbersAndChoicesToTexts() {
        refused(LengthOfText.class, "LengthOfText.name(): min and max apply to numbers only");
        refused(ChoicesOfNumbers.class, "ChoicesOfNumbers.count(): options apply to String and String[] parameters only");
        refused(ExclusiveWithoutLimit.class, "ExclusiveWithoutLimit.p(): @ExclusiveMin / @ExclusiveMax need");
        refused(WordForLimit.class, "WordForLimit.p(): min/max 'zero' is not a number");
    }

    @Test
    void namesOtherThanTheMethodNamesAreNotSupported() {
        refused(LoneValue.class, "a single value() element is not supported");
        refused(Prefixed.class, "a PREFIX_ constant is not supported");
    }

    @Test
    void aServiceNeedsATitleAndADeclaration() {
        assertThatThrownBy(() -> ServiceInfo.of("counter", "1.0.0", Untitled.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Untitled needs @ObjectClassDefinition(name = \"...\"): the title of service 'counter'");
        assertThatThrownBy(() -> new NotDeclared().info()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NotDeclared has no @UnitscopeService(id, version, config) and does not implement info()");
    }

    @Test
    void onlyAnAnnotationIsAConfigurationType() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<? extends Annotation> notAnnotation = (Class) String.class;
        refused(notAnnotation, "java.lang.String is not a configuration type");
    }
}
