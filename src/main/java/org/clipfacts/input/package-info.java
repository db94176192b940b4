/**
 * What a run is given: the clippings a user names, an input file that cannot be used, and the tool's version.
 * A bottom floor: it uses no other clipfacts package.
 */
package org.clipfacts.input;
