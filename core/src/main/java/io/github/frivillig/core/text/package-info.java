/**
 * Text in several languages, language tags and the fallback between Scandinavian languages.
 */
@NullMarked
package io.github.frivillig.core.text;

import org.jspecify.annotations.NullMarked;
