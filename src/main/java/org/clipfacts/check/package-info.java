/**
 * Consistency rules over a corpus of documents (quotes, charges, names, metadata, drift from a baseline) and
 * their reports. A sibling of {@code eval}: it uses neither it nor {@code corpus}, only documents and the floors below.
 */
package org.clipfacts.check;
