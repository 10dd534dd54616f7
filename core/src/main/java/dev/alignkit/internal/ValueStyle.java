package dev.alignkit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: generated classes stay package-private behind the
 * abstract value types, builders are reached through each type's nested {@code Builder}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // A package-private generated builder makes javadoc document its methods (addCheckIn,
    // putZoneText, ...) in the public X.Builder that extends it.
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    depluralize = true,
    depluralizeDictionary = {"person:people", "weakness:weaknesses", "status:statuses", "readiness:readiness"},
    jacksonIntegration = false,
    // Keeps javax.annotation.processing.Generated and Error Prone annotations out of the
    // generated code: the module reads neither.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
