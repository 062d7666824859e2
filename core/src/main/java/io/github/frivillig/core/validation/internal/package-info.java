/**
 * The implementation of validation: constraint validators, the rules table and the document rules. Not exported.
 */
package io.github.frivillig.core.validation.internal;
