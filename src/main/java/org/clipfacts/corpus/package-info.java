/**
 * The one batch path from clippings to documents: one clipping's processing, the threaded run with its per-file
 * time limit and cache, the evaluation run and the people index. Uses {@code eval}, {@code extract} and below;
 * not {@code check}, which takes documents from whoever extracted them.
 */
package org.clipfacts.corpus;
