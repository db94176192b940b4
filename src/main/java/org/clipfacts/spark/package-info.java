/**
 * The Spark job: clippings read through Hadoop, each partition run through {@code corpus.ExtractRun}, so a
 * clipping gives the same document and failure here as on the command line. Uses {@code corpus} and below.
 */
package org.clipfacts.spark;
