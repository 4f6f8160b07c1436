package org.unitscope.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a method of a configuration type: its {@code @AttributeDefinition(max = ...)} is exclusive, the value must be
 * less than {@code max} (Metatype has inclusive limits only; its XML then shows the looser, inclusive limit).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExclusiveMax {
}
