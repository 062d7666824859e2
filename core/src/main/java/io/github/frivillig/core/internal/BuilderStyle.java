package io.github.frivillig.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.immutables.value.Value;

/**
 * The style of the builders that Immutables generates for the model's records at compile time, marked with
 * {@code @Value.Builder @BuilderStyle}.
 * <p>
 * The record declares a nested {@code Builder} that extends the generated one, so that users see
 * {@code Policy.builder()} and {@code Policy.Builder}, never the generated class, which stays package-private.
 * List setters are named after one element ({@code addOrganisation}, {@code addTheme}); the dictionary names the
 * components whose singular is not the name without its final "s". Only JDK types appear in the generated code, and
 * no annotation from Immutables, so that nothing of it is needed at run time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        depluralize = true,
        depluralizeDictionary = {"icnpo:icnpo", "audience:audience", "categories:category", "parties:party",
            "signatories:signatory", "annexes:annex", "addresses:address", "statuses:status"},
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class})
public @interface BuilderStyle {
}
