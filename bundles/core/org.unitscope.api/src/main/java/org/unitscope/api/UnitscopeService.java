package org.unitscope.api;

import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * A service's identity, declared once on its component class; a Declarative Services component property type, so
 * the service is registered with the properties {@code unitscope.id}, {@code unitscope.version} and
 * {@code unitscope.config} (the configuration type's class name) and can be listed without being instantiated:
 * <pre>
 * &#64;Component(service = TuningMetric.class)
 * &#64;UnitscopeService(id = "orientation", version = "2.0.0", config = OrientationTuningMetric.Config.class)
 * public class OrientationTuningMetric implements TuningMetric { ... }
 * </pre>
 * The configuration type is an annotation with {@code @ObjectClassDefinition(name = TITLE)} whose methods carry
 * {@code @AttributeDefinition}s: the parameters ({@link ParameterSpec#of}). {@link Described#info()} derives the
 * service's {@link ServiceInfo} from the two, and {@link Parameters#as} hands the plugin its values as that type.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UnitscopeService {
    /** Prefix of the service properties: {@code unitscope.id}, {@code unitscope.version}, {@code unitscope.config}. */
    String PREFIX_ = "unitscope.";

    /** The stable id runs name the service by: lower-case letters, digits, '.', '_' or '-'. */
    String id();

    /** The service's version, recorded in every manifest that uses it. */
    String version();

    /** The configuration type: title and parameters. */
    Class<? extends Annotation> config();
}
