/**
 * The Frivillig JSON format: {@link io.github.frivillig.json.PolicyJson} to read, write and validate policies and
 * stream datasets, and {@link io.github.frivillig.json.FrivilligModule} for applications with their own Jackson
 * mapper.
 */
@NullMarked
package io.github.frivillig.json;

import org.jspecify.annotations.NullMarked;
