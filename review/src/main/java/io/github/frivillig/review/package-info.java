/**
 * The data review service: a Spring Boot application that validates policy documents and compares datasets, with
 * server-rendered pages for people and an HTTP API for other systems. Nothing uploaded is stored or logged.
 */
package io.github.frivillig.review;
