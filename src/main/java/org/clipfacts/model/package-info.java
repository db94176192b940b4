/**
 * The immutable records of the output, and {@link org.clipfacts.model.FactKind}, which says what each kind of
 * fact needs. A bottom floor: it uses no other clipfacts package.
 */
package org.clipfacts.model;
