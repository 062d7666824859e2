/**
 * The implementation of the format: the streaming reader and writer, problem collection, dataset reading and the
 * location of validation problems in the bytes. Not exported.
 */
package io.github.frivillig.json.internal;
