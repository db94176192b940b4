package org.clipfacts.extract;

import org.clipfacts.Samples;
import org.clipfacts.model.Document;
import org.clipfacts.model.Person;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.clipfacts.extract.Facts.person;
import static org.clipfacts.extract.Facts.personIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleExtractionTest {
    private static final String AMLO = "andres-manuel-lopez-obrador";

    @Test
    void everyoneNamedInEachSampleAndNobodyElse() {
        assertEquals(Set.of(AMLO, "joe-biden", "julian-assange", "trump"), personIds(Samples.extracted("000")));
        assertEquals(Set.of(AMLO, "joe-biden", "julian-assange", "priti-patel", "anthony-albanese"), personIds(Samples.extracted("001")));
        assertEquals(Set.of(AMLO, "julian-assange", "donald-trump"), personIds(Samples.extracted("002")));
        assertEquals(Set.of(AMLO, "julian-assange", "biden", "donald-trump", "marcelo-ebrard", "gustavo-petro"),
                personIds(Samples.extracted("003")), "003 names Biden by his surname only");
        assertEquals(Set.of(AMLO, "julian-assange", "donald-trump"), personIds(Samples.extracted("004")),
                "Hector Vivas (photo credit) and Joe Biden (related links) are boilerplate");
    }

    @Test
    void accentlessSpellingSurnameAndInitialsMergeIntoOnePerson() {
        Person amlo = person(Samples.extracted("001"), AMLO);
        assertEquals("Andres Manuel Lopez Obrador", amlo.name());
        assertTrue(amlo.aliases().containsAll(Set.of("Lopez Obrador", "AMLO")), amlo.aliases().toString());
        assertTrue(person(Samples.extracted("003"), AMLO).aliases().contains("Obrador"));
        Person fromInitials = person(Samples.extracted("004"), AMLO);
        assertEquals("Andrés Manuel López Obrador", fromInitials.name(), "the fullest form is the name");
        assertTrue(fromInitials.aliases().contains("AMLO"));
    }

    @Test
    void aSurnameTaggedAsAPlaceIsStillThePerson() {
        Person assange = person(Samples.extracted("001"), "julian-assange");
        assertTrue(assange.aliases().containsAll(Set.of("Assange", "Mr Assange")), assange.aliases().toString());
        assertTrue(assange.mentions().size() >= 13, "Assange is named 15 times; got " + assange.mentions().size());
    }

    @Test
    void aShortNameOfAnOrganizationIsNoPerson() {
        Document document = Samples.extract("Retail group buys rival\n\nFederated Department Stores is to buy "
                + "rival May Department Stores for $11bn. May has struggled to compete, said analyst Kurt Barnard.\n");
        assertEquals(Set.of("kurt-barnard"), personIds(document));
    }

    @Test
    void titlesFromPremodifiersAndAppositions() {
        assertTrue(person(Samples.extracted("001"), "priti-patel").titles().contains("UK Home Secretary"));
        assertTrue(person(Samples.extracted("001"), "anthony-albanese").titles().contains("Prime Minister"));
        assertTrue(person(Samples.extracted("000"), AMLO).titles().contains("Mexican President"));
        assertTrue(person(Samples.extracted("000"), "julian-assange").titles().contains("founder of WikiLeaks"));
        assertTrue(person(Samples.extracted("002"), AMLO).titles().contains("president of Mexico"));
        assertTrue(person(Samples.extracted("004"), "julian-assange").titles().contains("Australian journalist"));
    }

    @Test
    void everyMentionPointsIntoTheOriginalText() {
        for (String sample : new String[] {"000", "001", "002", "003", "004"}) {
            Document document = Samples.extracted(sample);
            String content = Samples.article(sample).content();
            for (Person person : document.people()) {
                person.mentions().forEach(mention -> assertEquals(mention.text(), codePointSlice(content, mention.start(), mention.end())));
            }
        }
    }

    static String codePointSlice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
