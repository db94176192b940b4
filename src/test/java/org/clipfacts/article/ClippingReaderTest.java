package org.clipfacts.article;

import org.clipfacts.Samples;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClippingReaderTest {
    private final ClippingReader reader = new ClippingReader(ClippingReader.DEFAULT_MAX_CHARS);

    @Test
    void readsTitleUrlPublisherAndDatelineOfARadioClipping() {
        Metadata metadata = Samples.article("000").metadata();
        assertEquals("Mexican president calls on U.S. to drop charges against Julian Assange", metadata.title());
        assertEquals("https://www.radiohc.cu/en/noticias/internacionales/291334-mexican-president-calls-on-us-to-drop-charges-against-julian-assange",
                metadata.url());
        assertEquals("Radio Habana Cuba", metadata.publisher());
        assertEquals("Mexico City", metadata.dateline().place());
        assertEquals("Mexico City, June 21 (RHC)--", metadata.dateline().text());
        assertEquals("XXXX-06-21", metadata.dateline().timexValue());
        assertNull(metadata.statedDate(), "no year is written anywhere in the clipping");
    }

    @Test
    void aFirstLineThatIsAParagraphIsNoTitleAndItsLeadingCreditIsThePublisher() {
        Metadata metadata = Samples.article("003").metadata();
        assertNull(metadata.title());
        assertNull(metadata.url());
        assertEquals("Q REPORTS", metadata.publisher());
        assertNull(metadata.dateline());
    }

    @Test
    void aPlainFirstLineIsTheTitle() {
        assertEquals("AMLO reveals he asked Donald Trump to exonerate Julian Assange", Samples.article("004").metadata().title());
    }

    @Test
    void boilerplateIsBlankedWithoutMovingOffsets() {
        Article article = Samples.article("004");
        assertEquals(article.content().length(), article.text().length());
        assertFalse(article.text().contains("Getty Images"), "photo credit");
        assertFalse(article.text().contains("Spread the love"));
        assertFalse(article.text().contains("Deer Park refinery"), "related links after 'It may interest you:'");
        assertTrue(article.text().contains("Activist Julian Assange is on remand"));
        Article radio = Samples.article("001");
        assertFalse(radio.text().contains("Image not found"));
        assertFalse(radio.text().contains("Radio Habana Cuba"), "the publisher footer is metadata");
        assertFalse(radio.text().contains("**"), "markdown marks");
    }

    @Test
    void captionCreditIsBlankedButTheCaptionKept() {
        String text = Samples.article("000").text();
        assertFalse(text.contains("La Jornada"));
        assertTrue(text.contains("\"Mexico will open its doors to him\""));
    }

    @Test
    void datelineWithAYearOrAPublishedLineGivesAFullDate() throws ClippingException {
        Article withYear = reader.read("a", "LONDON, March 3, 2021 (Reuters) - Something happened.\n");
        assertEquals(java.time.LocalDate.of(2021, 3, 3), withYear.metadata().statedDate());
        Article published = reader.read("b", "Title here\n\nPublished: 5 April 2019\n\nText of the story.\n");
        assertEquals(java.time.LocalDate.of(2019, 4, 5), published.metadata().statedDate());
        Article inUrl = reader.read("c", "Title\n\nBody text.\n\nhttps://example.com/news/2020/11/03/story\n");
        assertEquals(java.time.LocalDate.of(2020, 11, 3), inUrl.metadata().statedDate());
    }

    @Test
    void referenceDateTakesTheYearWrittenWithTheDatelineMonth() throws ClippingException {
        Article article = reader.read("d", "Paris, May 2 (AFP)-- In May 2023 the minister spoke.\n");
        assertEquals(java.time.LocalDate.of(2023, 5, 2), ReferenceDate.of(article, null).date());
        Article noYear = reader.read("e", "Paris, May 2 (AFP)-- The minister spoke in 2010.\n");
        assertNull(ReferenceDate.of(noYear, null).date(), "a year not written with the month is not the article's");
        assertEquals(java.time.MonthDay.of(5, 2), ReferenceDate.of(noYear, null).monthDay());
    }

    @Test
    void dropsTheByteOrderMarkAndKeepsNewlines() throws ClippingException {
        byte[] body = "Title\r\n\r\nText.\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("Title\r\n\r\nText.\n", reader.read("bom", withBom).content());
    }

    @Test
    void invalidUtf8IsDecodedAsWindows1252WithAWarning() throws ClippingException {
        byte[] latin = "Caf\u00e9 news\n".getBytes(StandardCharsets.ISO_8859_1);
        Article article = reader.read("latin", latin);
        assertEquals("Café news\n", article.content());
        assertEquals(List.of("not valid UTF-8: decoded as windows-1252"), article.warnings());
    }

    @Test
    void refusesEmptyBinaryAndOverlongFiles() {
        assertEquals("empty file", assertThrows(ClippingException.class, () -> reader.read("x", new byte[0])).getMessage());
        assertTrue(assertThrows(ClippingException.class, () -> reader.read("x", "  \n\n")).getMessage().startsWith("empty"));
        assertEquals("binary file, not text",
                assertThrows(ClippingException.class, () -> reader.read("x", new byte[] {'P', 'K', 3, 4, 0, 0, 1})).getMessage());
        ClippingReader small = new ClippingReader(10);
        assertTrue(assertThrows(ClippingException.class, () -> small.read("x", "0123456789ABC")).getMessage().contains("--max-chars"));
    }

    @Test
    void offsetsAreCodePoints() throws ClippingException {
        Article article = reader.read("emoji", "\uD83D\uDE00 Joe Biden spoke.");
        int charIndex = article.content().indexOf("Joe");
        assertEquals(3, charIndex);
        assertEquals(2, article.codePoint(charIndex));
    }
}
