package org.clipfacts.extract;

import org.clipfacts.Samples;
import org.clipfacts.model.Document;
import org.clipfacts.model.Person;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.clipfacts.extract.Facts.person;
import static org.clipfacts.extract.Facts.personIds;
import static org.clipfacts.extract.Facts.quoteStarting;
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
    void honorificsAndStylesAreTitlesNotNames() {
        Document document = Samples.extract("Talks in Tehran\n\nSupreme Leader Ayatollah Ali Khamenei met Sir Alex Ferguson "
                + "on Monday. Sir Alex said the visit went well. Mr Ferguson later flew home, and Dr. Jane Goodall joined them.\n");
        Person khamenei = person(document, "ali-khamenei");
        assertEquals("Ali Khamenei", khamenei.name());
        assertTrue(khamenei.titles().contains("Ayatollah"), khamenei.titles().toString());
        Person ferguson = person(document, "sir-alex-ferguson");
        assertTrue(ferguson.titles().contains("Sir"), ferguson.titles().toString());
        assertTrue(ferguson.aliases().containsAll(Set.of("Sir Alex", "Mr Ferguson")), ferguson.aliases().toString());
        assertEquals("Jane Goodall", person(document, "jane-goodall").name());
        assertTrue(person(document, "jane-goodall").titles().contains("Dr."));
    }

    @Test
    void aKnightsFullNameKeepsTheKnighthoodAndEveryShorterFormIsTheSamePerson() {
        Document document = Samples.extract("Police chief to retire\n\nJohn Stevens joined the force in 1962. Metropolitan Police "
                + "Commissioner Sir John Stevens said on Monday he would step down. \"It is time,\" Sir John said. Stevens, 61, "
                + "was knighted in 2000. Dame Kelly Holmes and Mr Tom Hale also spoke.\n");
        Person stevens = person(document, "sir-john-stevens");
        assertEquals("Sir John Stevens", stevens.name());
        assertTrue(stevens.aliases().containsAll(Set.of("John Stevens", "Sir John", "Stevens")), stevens.aliases().toString());
        assertEquals("sir-john-stevens", quoteStarting(document, "It is time").speaker());
        assertEquals("Dame Kelly Holmes", person(document, "dame-kelly-holmes").name());
        assertEquals("Tom Hale", person(document, "tom-hale").name(), "Mr is a title, not part of the name");
        assertEquals(3, document.people().size(), document.people().toString());
    }

    @Test
    void anHonorificOfTheOtherGenderIsNotThePersonOfThatSurname() {
        Document document = Samples.extract("Family speaks out\n\nKaren Milton told reporters on Sunday that the family "
                + "was worried. Mr Milton, 52, was not in court. Ms Milton said she would attend.\n");
        Person karen = person(document, "karen-milton");
        assertTrue(karen.aliases().contains("Ms Milton"), karen.aliases().toString());
        assertTrue(karen.aliases().stream().noneMatch(alias -> alias.startsWith("Mr")), karen.aliases().toString());
        assertTrue(personIds(document).contains("milton"), personIds(document).toString());
    }

    @Test
    void aSurnameOfTwoPeopleIsTheOneNamedNearestInItsParagraphElseTheOneNamedFirst() {
        Document document = Samples.extract("Senator tours flood zone\n\nSenator Ann Rowe toured the flooded town on Monday. "
                + "Her husband, Peter Rowe, a local doctor, stayed behind at the clinic.\n\n\"We will rebuild every home,\" Rowe "
                + "said.\n\nPeter Rowe said the clinic was full. \"Nobody has slept,\" Rowe added.\n");
        assertEquals("ann-rowe", quoteStarting(document, "We will rebuild").speaker(), "the husband was named a paragraph before");
        assertEquals("peter-rowe", quoteStarting(document, "Nobody has slept").speaker());
    }

    @Test
    void aPeerNamedWithoutGivenNameKeepsTheStyle() {
        Document document = Samples.extract("Judges criticised\n\nThe Lord Chief Justice, Lord Woolf, defended the guidelines. "
                + "Critics said Woolf had gone too far, but Lord Woolf said he would not resign.\n");
        Person woolf = person(document, "lord-woolf");
        assertEquals("Lord Woolf", woolf.name());
        assertTrue(woolf.aliases().contains("Woolf"), woolf.aliases().toString());
        assertEquals(1, document.people().size(), document.people().toString());
    }

    @Test
    void aStyleThatIsTheSurnameIsTheName() {
        Document document = Samples.extract("Voter drive\n\nCivil rights leader Charlie King spoke on Monday. \"We need "
                + "enthusiasm,\" Mr. King said.\n");
        Person king = person(document, "charlie-king");
        assertTrue(king.aliases().contains("Mr. King"), king.aliases().toString());
        assertEquals(1, document.people().size(), document.people().toString());
        assertEquals("charlie-king", document.quotes().get(0).speaker());
    }

    @Test
    void aMisspelledPluralOfAStyleStillAddressesThePerson() {
        Document document = Samples.extract("Royal visit\n\nPrinces Charles visited the hospital on Tuesday, where Prince "
                + "Charles met nurses and doctors.\n");
        Person charles = person(document, "prince-charles");
        assertTrue(charles.titles().contains("Prince"), charles.titles().toString());
        assertEquals(1, document.people().size(), document.people().toString());
    }

    @Test
    void wordsOfNamesOfBillsAndGroupsAreNoPeople() {
        Document document = Samples.extract("Hunting ban\n\nMPs passed the Hunting Bill on Thursday. The measures were added "
                + "late to the Criminal Justice Bill, said Home Secretary David Blunkett. One of the so-called Guildford Four "
                + "spoke outside.\n");
        assertEquals(Set.of("david-blunkett"), personIds(document));
    }

    @Test
    void aClubAFilmOrAPlaceNamedLikeAPersonIsNoPerson() {
        assertEquals(Set.of("mark-hale", "dan-ebbs"), peopleIn("Late goal sinks Chelsea\n\nChelsea boss Mark Hale said his players "
                + "deserved more. Chelsea have now lost three games in a row, and Chelsea keeper Dan Ebbs was angry. Mr Hale said: \"We go again.\"\n"));
        assertEquals(Set.of("helen-marsh", "tom-winter"), peopleIn("Award for drama\n\nThe gritty drama Nora Pike won the top prize "
                + "on Sunday. Nora Pike star Helen Marsh thanked the director, Tom Winter.\n"));
        assertEquals(Set.of("sam-okafor", "jane-roe"), peopleIn("Contestants named\n\nThe panel met Sam Okafor, a 31-year-old teacher "
                + "from Bolton, and Jane Roe, a nurse from Leeds.\n"));
    }

    @Test
    void theTitleOfAFilmAboutAPersonLeavesThePerson() {
        assertEquals(Set.of("jamie-foxx", "ray-charles"), peopleIn("Biopic wins\n\nJamie Foxx won for his role as Ray Charles. "
                + "The film Ray was a hit, and Charles would have loved it, Foxx said.\n"));
    }

    @Test
    void aNumberOpeningAStageNameIsPartOfIt() {
        Document document = Samples.extract("Chart news\n\nUS rapper 50 Cent has topped the chart again. 50 Cent said he was pleased.\n");
        assertEquals("50 Cent", person(document, "50-cent").name());
    }

    @Test
    void namesThatDifferInAMiddleInitialInOneListAreTwoPeopleWithTwoIds() {
        assertEquals(Set.of("george-w-bush", "george-bush", "bill-clinton", "ronald-reagan"), peopleIn("Long career\n\nHe has served "
                + "under Presidents George W Bush, Bill Clinton, George Bush and Ronald Reagan.\n"));
        assertEquals(Set.of("carla-moss"), peopleIn("Council vote\n\nCarla J. Moss spoke on Monday. Later, Carla Moss said she would stay.\n"),
                "in sentences of their own, the name without the initial is the same person");
    }

    @Test
    void aHyphenatedSurnameIsOneName() {
        Document document = Samples.extract("Film news\n\nThe film starred Daniel Day-Lewis, who won an award.\n");
        assertEquals(Set.of("daniel-day-lewis"), personIds(document));
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

    private static Set<String> peopleIn(String clipping) {
        return personIds(Samples.extract(clipping));
    }

    static String codePointSlice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
