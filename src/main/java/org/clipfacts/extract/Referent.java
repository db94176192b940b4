package org.clipfacts.extract;

/**
 * Who a phrase stands for: a person ({@code id} their slug, with the gender their name implies) or a named
 * group ({@code id} its name).
 */
record Referent(String id, String name, boolean person, Gender gender) {
    static Referent of(PersonEntity person) {
        return new Referent(person.id(), person.name(), true, person.gender());
    }

    static Referent group(String name) {
        return new Referent(name, name, false, Gender.UNKNOWN);
    }
}
