/**
 * {@code clipfacts serve}'s HTTP server and the client {@code extract --server} runs through; both go through
 * {@code corpus}'s processing of one clipping. Uses {@code corpus} and below.
 */
package org.clipfacts.server;
