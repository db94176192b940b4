/**
 * A clipping read and cleaned: decoding, boilerplate blanked so offsets never move, metadata, dateline,
 * reference date, quote marks. A bottom floor: it uses no other clipfacts package.
 */
package org.clipfacts.article;
