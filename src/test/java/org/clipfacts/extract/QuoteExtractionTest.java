package org.clipfacts.extract;

import org.clipfacts.Samples;
import org.clipfacts.model.Document;
import org.clipfacts.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.clipfacts.extract.Facts.quoteStarting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class QuoteExtractionTest {
    private static final String AMLO = "andres-manuel-lopez-obrador";

    @Test
    void everyQuotationOfEachSampleIsFound() {
        assertEquals(6, Samples.extracted("000").quotes().size());
        assertEquals(4, Samples.extracted("001").quotes().size());
        assertEquals(5, Samples.extracted("002").quotes().size());
        assertEquals(9, Samples.extracted("003").quotes().size());
        assertEquals(5, Samples.extracted("004").quotes().size());
    }

    @Test
    void aQuoteClosedTheWrongWayRoundEndsAtItsMarkAndItsPronounNamesTheSpeaker() {
        Quote quote = quoteStarting(Samples.extracted("004"), "I’m going to tell you something");
        assertEquals(true, quote.text().endsWith("asking the United States government for a humanitarian attitude,"));
        assertEquals(AMLO, quote.speaker(), "“...,“he said. — he is López Obrador, who revealed it");
        assertEquals("say", quote.cue());
        Quote position = quoteStarting(Samples.extracted("004"), "We have fixed our position");
        assertEquals(true, position.text().endsWith("that’s our position,"));
        assertEquals(AMLO, position.speaker());
    }

    @Test
    void partialQuotesInsideASentence() {
        Document document = Samples.extracted("000");
        Quote best = quoteStarting(document, "the best journalist of our time");
        assertEquals("the best journalist of our time in the world.", best.text());
        assertEquals(AMLO, best.speaker());
        assertEquals("humanitarian", quoteStarting(Samples.extracted("002"), "humanitarian").text());
        assertEquals(AMLO, quoteStarting(Samples.extracted("002"), "humanitarian").speaker());
    }

    @Test
    void invertedAttributionAndARoleNoun() {
        Quote inverted = quoteStarting(Samples.extracted("002"), "Before the end of President Donald Trump");
        assertEquals(AMLO, inverted.speaker(), "..., said López Obrador");
        Quote role = quoteStarting(Samples.extracted("000"), "I would like to state");
        assertEquals(AMLO, role.speaker(), "the Mexican president said: ...");
        Quote ebrard = quoteStarting(Samples.extracted("003"), "a procedural issue.");
        assertEquals("marcelo-ebrard", ebrard.speaker(), "explained the Secretary of Foreign Affairs, Marcelo Ebrard");
    }

    @Test
    void aGroupSpeaksAndTheyKeepsTheGroup() {
        Document document = Samples.extracted("001");
        Quote letter = quoteStarting(document, "The fight to save Assange");
        assertEquals("DC Action for Assange and the Assange Defense Committee", letter.speaker());
        assertEquals("say", letter.cue());
        assertEquals(letter.speaker(), quoteStarting(document, "We agree with you").speaker(), "..., they said");
    }

    @Test
    void aQuoteOpenedStraightAndClosedCurlyKeepsItsParagraphBreak() {
        Quote letter = quoteStarting(Samples.extracted("001"), "I left a letter to the president");
        assertEquals(true, letter.text().contains("did not violate any\n\nhuman rights"));
        assertEquals(AMLO, letter.speaker());
    }

    @Test
    void aQuoteWithNoNameableSpeakerIsNotGivenTheWrongOne() {
        for (String sample : List.of("000", "001", "002", "003", "004")) {
            for (Quote quote : Samples.extracted(sample).quotes()) {
                assertNotEquals("joe-biden", quote.speaker(), quote.text());
                assertNotEquals("julian-assange", quote.speaker(), quote.text());
                assertNotEquals("donald-trump", quote.speaker(), quote.text());
            }
        }
    }

    @Test
    void quoteOffsetsPointIntoTheOriginalText() {
        for (String sample : List.of("000", "001", "002", "003", "004")) {
            String content = Samples.article(sample).content();
            Samples.extracted(sample).quotes().forEach(quote ->
                    assertEquals(quote.text(), PeopleExtractionTest.codePointSlice(content, quote.start(), quote.end())));
        }
    }

    private static Quote only(String clipping, String words) {
        return quoteStarting(Samples.extract(clipping), words);
    }

    @Test
    void aPronounNamesThePersonOfItsGenderTheSentencesBeforeAreAbout() {
        String clipping = "Talks resume\n\nJohn Smith and Mary Jones met on Monday. Ms Jones spoke to reporters first.\n\n"
                + "\"We will build it,\" he said. \"It will take years,\" she said.\n";
        Quote his = only(clipping, "We will build it");
        assertEquals("john-smith", his.speaker());
        assertEquals("he", his.speakerMention().text());
        assertEquals("mary-jones", only(clipping, "It will take years").speaker());
    }

    @Test
    void attributionFromTheSentenceBeforeOrAfterAndContinuation() {
        String clipping = "Budget day\n\nThe finance minister, Mary Jones, spoke in parliament. Ms Jones said:\n\n"
                + "\"We are ready.\"\n\n\"Nobody will pay more.\"\n\nJohn Smith disagreed. \"It is a fraud.\" Mr Smith said.\n";
        assertEquals("mary-jones", only(clipping, "We are ready").speaker(), "X said: ending the paragraph before");
        assertEquals("mary-jones", only(clipping, "Nobody will pay more").speaker(), "a cue-less paragraph continues");
        assertEquals("john-smith", only(clipping, "It is a fraud").speaker(), "X said. as the next sentence");
    }

    @Test
    void anUnnamedSourceIsNullAndAnOrganisationNamedBeforeSpeaks() {
        String clipping = "Police row\n\nThe Police Federation opposes the plan, Mary Jones said on Monday.\n\n"
                + "\"No comment,\" a spokesman said. The federation said the powers were \"unworkable\".\n";
        assertEquals(null, only(clipping, "No comment").speaker(), "a spokesman: unnamed, not the last speaker");
        Quote federation = only(clipping, "unworkable");
        assertEquals("Police Federation", federation.speaker());
        assertEquals("The federation", federation.speakerMention().text());
    }

    @Test
    void anInvertedVerbAfterTheQuoteAndAParticipleNameTheSpeaker() {
        assertSpeakers("Lunch with donors\n\nAri Fleischer, a former press secretary, attended the lunch. "
                        + "The mood soured when the candidate spoke. \"It was offensive,\" said Fleischer.\n\n"
                        + "Mary Jones stepped up her attack on the plan, saying, \"We have to stop it now.\"\n\n"
                        + "The plan signals \"a new era\" for the city, said Mary Jones.\n",
                "It was offensive", "ari-fleischer", // said X, parsed as a complement
                "We have to stop it", "mary-jones", // ..., saying: the main clause's subject
                "a new era", "mary-jones"); // not the phrase 'for the city' before the verb
    }

    @Test
    void aTermQuotedInTheNarrativeDoesNotContinueTheLastSpeaker() {
        assertSpeakers("Space plan\n\nMary Jones spoke first. \"We will win,\" she said.\n\n"
                        + "The plan, once a \"moonshot\", is now law.\n",
                "We will win", "mary-jones",
                "moonshot", null);
    }

    @Test
    void theSubjectOfAnyVerbTheQuoteBelongsToSpeaksButNotTheyOrARole() {
        String clipping = "Council row\n\nMary Jones accused the council of \"wasting our money\" on Monday.\n\n"
                + "John Smith met the press. He went on: \"We have done nothing wrong.\"\n\n"
                + "The councillors met again. They rejected the \"final offer\" from the union.\n\n"
                + "Mary Jones issued the following statement:\n\n\"We regret the delay.\"\n";
        assertSpeakers(clipping,
                "wasting our money", "mary-jones",
                "We have done nothing wrong", "john-smith",
                "final offer", null, // they: no group named
                "We regret the delay", "mary-jones"); // a sentence ending on a colon before the quote
        assertEquals("accuse", only(clipping, "wasting our money").cue());
    }

    @Test
    void aPronounAfterASentenceAboutSomeoneUnnamedIsNull() {
        assertSpeakers("Sentencing row\n\nJohn Smith criticised the rules. \"They are too soft,\" he said.\n\n"
                        + "But a spokesman for the ministry defended the rules. He said: \"They are fair.\"\n",
                "They are too soft", "john-smith",
                "They are fair", null); // he is the spokesman, not the last speaker
    }

    @Test
    void signedQuotesAndTranscriptTurnsNameTheirSpeakers() {
        assertSpeakers("Voters speak\n\n“The plan will hurt families.” ― Maria Lopez\n"
                        + "“We were never asked.” — Tom Baker, 34, a teacher\n",
                "The plan will hurt families", "maria-lopez",
                "We were never asked", "tom-baker");
        assertSpeakers("Sunday interview\n\nChris Wallace spoke to Mike Pence on Sunday.\n\n"
                        + "\"WALLACE: Will you debate again?\n\n\"PENCE: Yes, next week.\n\n\"ROVER: It was fine.\"\n\n"
                        + "\"ROVER: Nothing more.\"\n",
                "WALLACE: Will you", "chris-wallace",
                "PENCE: Yes", "mike-pence",
                "ROVER: It was", "Rover"); // no person of that name, but a label used for several turns
    }

    @Test
    void aPlaceSpeaksForItsGovernmentAndADescriptionForThePersonJustNamed() {
        assertSpeakers("Missile test\n\nRussia insisted that the North \"stop its dangerous escapades.\"\n\n"
                        + "Donald Trump spoke at the forum on Tuesday. \"We need change,\" the New York businessman said.\n\n"
                        + "\"No comment,\" the spokesman said.\n",
                "stop its dangerous", "Russia",
                "We need change", "donald-trump",
                "No comment", null); // a bare role tells nobody apart
    }

    @Test
    void aTitleOfAWorkOrProgrammeHasNoSpeaker() {
        assertSpeakers("Sunday shows\n\nMary Jones said on \"Face the Nation\" that \"we will win.\"\n",
                "Face the Nation", null,
                "we will win", "mary-jones");
    }

    @Test
    void theSpeechVerbTheQuoteHangsFromSpeaksAndANameDescribingTheSpeakerDoesNotStopContinuation() {
        assertSpeakers("Generals row\n\nMichael Flynn said Donald Trump was “absolutely right” when he said the generals had failed.\n\n"
                        + "“There is a disconnect,” Flynn, a top Trump surrogate, said on Fox News. “I mean, the ranks are frustrated.”\n",
                "absolutely right", "michael-flynn", // not Trump, whose "he said" stands nearer
                "I mean, the ranks", "michael-flynn");
    }

    @Test
    void aRoleWithItsHoldersNameBesideItSpeaks() {
        String clipping = "Sentencing plan\n\nDirector of Public Prosecutions, Ken Macdonald QC, who sits on the council, "
                + "said the principle was set down by parliament. \"It is a tougher regime,\" he said.\n\n"
                + "But the trust's director, Norman Brennan, accused the council of \"arrogant contempt\".\n";
        assertSpeakers(clipping,
                "It is a tougher regime", "ken-macdonald",
                "arrogant contempt", "norman-brennan");
    }

    /** Pairs of a quote's first words and its speaker's id (null for none). */
    private static void assertSpeakers(String clipping, String... wordsThenSpeaker) {
        for (int i = 0; i < wordsThenSpeaker.length; i += 2) {
            assertEquals(wordsThenSpeaker[i + 1], only(clipping, wordsThenSpeaker[i]).speaker(), wordsThenSpeaker[i]);
        }
    }
}
