package org.clipfacts.extract;

/** Who a phrase stands for: a person ({@code id} their slug) or a named group ({@code id} its name). */
record Referent(String id, String name, boolean person) {
    static Referent of(PersonEntity person) {
        return new Referent(person.id(), person.name(), true);
    }

    static Referent group(String name) {
        return new Referent(name, name, false);
    }
}
