/**
 * Writers of documents (JSON, JSON Lines, CSV), the file that appears only when complete, and the reader of
 * what the JSON Lines writer wrote ({@link org.clipfacts.output.DocumentLines}). Uses {@code model}, {@code input}.
 */
package org.clipfacts.output;
