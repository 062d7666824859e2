/**
 * One-pass validation of policies: {@link io.github.frivillig.core.validation.PolicyValidator}, its reports and their localized messages.
 */
@NullMarked
package io.github.frivillig.core.validation;

import org.jspecify.annotations.NullMarked;
