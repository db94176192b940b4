/**
 * The one place CoreNLP is configured and loaded: only the annotators the requested facts need, once per
 * process, shared between threads. Uses {@code article}, {@code model}.
 */
package org.clipfacts.nlp;
