/**
 * One extractor per fact kind, each a function of the annotated article. Uses {@code nlp} and below.
 */
package org.clipfacts.extract;
