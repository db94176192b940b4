package org.clipfacts.corpus;

import org.clipfacts.Samples;
import org.clipfacts.model.ArticleInfo;
import org.clipfacts.model.CorpusPerson;
import org.clipfacts.model.Document;
import org.clipfacts.model.Mention;
import org.clipfacts.model.Person;
import org.clipfacts.extract.Names;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleIndexTest {
    /** A document naming these people, each once per spelling given ("Joe Biden|Biden"). */
    private static Document article(String source, String date, String... people) {
        List<Person> persons = new ArrayList<>();
        for (String spellings : people) {
            List<String> names = Arrays.asList(spellings.split("\\|"));
            List<Mention> mentions = names.stream().map(name -> new Mention(name, 0, name.length())).toList();
            persons.add(new Person(Names.slug(names.get(0)), names.get(0), names.subList(1, names.size()), List.of(), mentions));
        }
        return new Document(source, "0", new ArticleInfo(null, null, null, null, date, "en"), persons, List.of(), List.of(), List.of(),
                List.of());
    }

    /** The document with this title given to each of its people. */
    private static Document titled(Document document, String title) {
        List<Person> people = document.people().stream().map(person -> new Person(person.id(), person.name(), person.aliases(),
                List.of(title), person.mentions())).toList();
        return new Document(document.source(), document.sha256(), document.article(), people, document.dates(), document.charges(),
                document.quotes(), document.warnings());
    }

    private static List<CorpusPerson> index(Document... documents) {
        PeopleIndex index = new PeopleIndex();
        Arrays.stream(documents).forEach(index::add);
        return index.entries();
    }

    private static CorpusPerson entry(List<CorpusPerson> entries, String id) {
        return entries.stream().filter(entry -> entry.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + entries.stream().map(CorpusPerson::id).toList()));
    }

    @Test
    void aSurnameJoinsTheOneFullNameItFitsAndArticlesKeepTheirIds() {
        List<CorpusPerson> entries = index(article("a.txt", "2024-05-02", "Biden", "Kamala Harris"),
                article("b.txt", "2024-05-01", "Joe Biden|Biden", "Kamala Harris"), article("c.txt", null, "Joe Biden"));
        assertEquals(2, entries.size(), entries.toString());
        CorpusPerson biden = entry(entries, "joe-biden");
        assertEquals("joe-biden", biden.id());
        assertEquals(List.of(new CorpusPerson.Appearance("a.txt", "biden"), new CorpusPerson.Appearance("b.txt", "joe-biden"),
                new CorpusPerson.Appearance("c.txt", "joe-biden")), biden.articles(), "in the order of the run");
        assertEquals(4, biden.mentions());
        assertEquals("2024-05-01", biden.firstDate());
        assertEquals("2024-05-02", biden.lastDate());
        assertTrue(biden.aliases().contains("Biden"));
    }

    @Test
    void aSurnameTwoFullNamesFitStaysItsOwnEntry() {
        List<CorpusPerson> entries = index(article("a.txt", null, "Biden"), article("b.txt", null, "Joe Biden"),
                article("c.txt", null, "Hunter Biden"));
        assertEquals(3, entries.size(), entries.toString());
        assertEquals(List.of(new CorpusPerson.Appearance("a.txt", "biden")), entry(entries, "biden").articles());
    }

    @Test
    void aShorterFullNameJoinsTheFullerOneAndSoDoesItsSurname() {
        List<CorpusPerson> entries = index(article("a.txt", null, "Donald J. Trump", "Joe Biden"),
                article("b.txt", null, "Donald Trump", "Joe Biden"), article("c.txt", null, "Trump", "Biden"),
                article("d.txt", null, "D. Trump", "Joe Biden"));
        assertEquals(2, entries.size(), entries.toString());
        assertEquals(4, entry(entries, "donald-j-trump").articles().size());
    }

    @Test
    void aSurnameAloneJoinsOnlyOnATitleOrAPersonNamedBesideBoth() {
        List<CorpusPerson> entries = index(article("a.txt", null, "John Bolton", "Condoleezza Rice"), article("b.txt", null, "Bolton", "Irfan Hanif"),
                article("c.txt", null, "Rice", "Dick Cheney"), article("d.txt", null, "Dick Cheney", "Condoleezza Rice"),
                titled(article("e.txt", null, "Alan Greenspan"), "Mr"), titled(article("f.txt", null, "Greenspan"), "Mr"));
        assertEquals(List.of("a.txt"), sources(entry(entries, "john-bolton")),
                "a Bolton named beside nobody John Bolton is named beside is no one we know");
        assertEquals(3, entry(entries, "condoleezza-rice").articles().size(), "Rice is named beside Dick Cheney, as Condoleezza Rice is");
        assertEquals(2, entry(entries, "alan-greenspan").articles().size(), "Mr Greenspan and Mr Alan Greenspan");
    }

    @Test
    void aNameWithoutTheMiddleInitialJoinsOnlyOnEvidenceAndNeverWhereTheArticleNamesBoth() {
        Document president = titled(article("a.txt", null, "George W Bush"), "President");
        Document presidents = article("c.txt", null, "George W Bush", "Bill Clinton", "George Bush");
        Document unattributed = article("d.txt", null, "George Bush");
        List<CorpusPerson> entries = index(president, presidents, unattributed);
        assertEquals(List.of("a.txt", "c.txt"), sources(entry(entries, "george-w-bush")));
        List<CorpusPerson> georgeBushes = entries.stream().filter(entry -> entry.name().equals("George Bush")).toList();
        assertEquals(List.of(List.of("c.txt"), List.of("d.txt")), georgeBushes.stream().map(PeopleIndexTest::sources).sorted(
                Comparator.comparing(Object::toString)).toList(), "the father of c.txt and the unattributed one of d.txt stay apart");
        assertEquals(2, georgeBushes.stream().map(CorpusPerson::id).distinct().count(), "ids stay unique");

        entries = index(president, presidents, unattributed, titled(article("b.txt", null, "George Bush"), "US President"));
        assertEquals(List.of("a.txt", "c.txt", "d.txt", "b.txt"), sources(entry(entries, "george-w-bush")),
                "the President George Bush of b.txt is George W Bush, and so is the same name in d.txt");
        assertEquals(List.of("c.txt"), sources(entry(entries, "george-bush")));
        assertTrue(!PeopleIndex.fits(List.of("george", "w", "bush"), List.of("george", "h", "w", "bush")));
    }

    private static List<String> sources(CorpusPerson entry) {
        return entry.articles().stream().map(CorpusPerson.Appearance::source).toList();
    }

    @Test
    void otherGivenNamesOrInitialsDoNotFit() {
        assertEquals(3, index(article("a.txt", null, "Jill Biden"), article("b.txt", null, "J. Smith"),
                article("c.txt", null, "Joe Smithers")).size());
        assertTrue(PeopleIndex.fits(List.of("lopez", "obrador"), List.of("andres", "manuel", "lopez", "obrador")));
        assertTrue(PeopleIndex.fits(List.of("j", "trump"), List.of("donald", "john", "trump")));
        assertTrue(!PeopleIndex.fits(List.of("hunter", "biden"), List.of("joe", "biden")));
    }

    @Test
    void anInitialOrATypoOfTheGivenNameJoinsTheFullName() {
        List<CorpusPerson> entries = index(article("a.txt", null, "Kelly Holmes"), article("b.txt", null, "K Holmes"),
                article("c.txt", null, "Malcolm Glazer"), article("d.txt", null, "Malcom Glazer"), article("e.txt", null, "Malcolm Glazer"));
        assertEquals(List.of("kelly-holmes", "k-holmes"), entry(entries, "kelly-holmes").articles().stream().map(CorpusPerson.Appearance::id).toList());
        assertEquals(3, entry(entries, "malcolm-glazer").articles().size());
        assertEquals(2, entries.size(), entries.toString());
    }

    @Test
    void aWordThatIsOneNamesSurnameAndAnothersGivenNameStaysAlone() {
        List<CorpusPerson> entries = index(article("a.txt", null, "Charles"), article("b.txt", null, "Ray Charles"),
                article("c.txt", null, "Charles Kennedy"));
        assertEquals(3, entries.size(), entries.toString());
    }

    @Test
    void aNameKeptWithItsStyleNeitherJoinsNorTakesIn() {
        List<CorpusPerson> entries = index(article("a.txt", null, "Prince Charles|Charles"), article("b.txt", null, "Ray Charles"),
                article("c.txt", null, "Lord Woolf"));
        assertEquals(List.of(new CorpusPerson.Appearance("a.txt", "prince-charles")), entry(entries, "prince-charles").articles());
        assertEquals(3, entries.size(), entries.toString());
    }

    @Test
    void aKnightNamedWithAndWithoutTheKnighthoodIsOnePerson() {
        List<CorpusPerson> entries = index(article("a.txt", null, "Sir John Stevens|Sir John"), article("b.txt", null, "John Stevens"),
                article("c.txt", null, "Sir John Stevens|Stevens"));
        assertEquals(1, entries.size(), entries.toString());
        CorpusPerson stevens = entry(entries, "sir-john-stevens");
        assertEquals("Sir John Stevens", stevens.name(), "the spelling of most articles");
        assertTrue(stevens.aliases().contains("John Stevens"), stevens.aliases().toString());
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), sources(stevens));
    }

    @Test
    void initialsJoinTheOneNameOfThreeWordsOrMore() {
        List<CorpusPerson> entries = index(article("a.txt", null, "AMLO", "Marcelo Ebrard"),
                article("b.txt", null, "Andrés Manuel López Obrador", "Marcelo Ebrard"));
        assertEquals(2, entries.size(), entries.toString());
        assertEquals("Andrés Manuel López Obrador", entry(entries, "andres-manuel-lopez-obrador").name());
        assertEquals(2, entry(entries, "andres-manuel-lopez-obrador").articles().size());
    }

    @Test
    void mostMentionedFirst() {
        List<CorpusPerson> entries = index(article("a.txt", null, "Ann Lee"), article("b.txt", null, "Bo Chan|Chan|Mr Chan"));
        assertEquals(List.of("bo-chan", "ann-lee"), entries.stream().map(CorpusPerson::id).toList());
    }

    @Test
    void theSamplesAsOneBatchHaveOneEntryForTrumpAndOneForBiden() {
        PeopleIndex index = new PeopleIndex();
        for (String sample : List.of("000", "001", "002", "003", "004")) {
            index.add(Samples.extracted(sample));
        }
        List<CorpusPerson> entries = index.entries();
        assertEquals(4, entry(entries, "donald-trump").articles().size(), "Trump is named in 000 (surname only), 002, 003 and 004");
        assertEquals(3, entry(entries, "joe-biden").articles().size(), "Biden is named in 000, 001 and 003 (surname only)");
        assertTrue(entries.stream().noneMatch(entry -> entry.id().equals("trump") || entry.id().equals("biden")));
        assertEquals(5, entry(entries, "julian-assange").articles().size());
    }
}
