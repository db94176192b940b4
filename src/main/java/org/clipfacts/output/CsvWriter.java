package org.clipfacts.output;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.clipfacts.model.Charge;
import org.clipfacts.model.DateFact;
import org.clipfacts.model.Document;
import org.clipfacts.model.Mention;
import org.clipfacts.model.Person;
import org.clipfacts.model.Quote;

import java.io.IOException;
import java.io.OutputStream;

/** {@code --format csv}: RFC 4180, a header row, then one row per fact (per mention for people). */
final class CsvWriter implements DocumentWriter {
    private static final String LIST_SEPARATOR = "; ";
    private static final CsvMapper MAPPER = new CsvMapper();

    private final SequenceWriter rows;
    private final OutputStream out;

    CsvWriter(OutputStream out) throws IOException {
        this.out = out;
        CsvSchema schema = MAPPER.schemaFor(CsvRow.class).withHeader().withLineSeparator("\r\n");
        this.rows = MAPPER.writer(schema).writeValues(out);
    }

    @Override
    public void write(Document document) throws IOException {
        String source = document.source();
        for (Person person : document.people()) {
            String aliases = String.join(LIST_SEPARATOR, person.aliases());
            String titles = String.join(LIST_SEPARATOR, person.titles());
            for (Mention mention : person.mentions()) {
                rows.write(CsvRow.person(source, mention.text(), mention.start(), mention.end(), person.id(), person.name(),
                        aliases, titles));
            }
        }
        for (DateFact date : document.dates()) {
            rows.write(CsvRow.date(source, date.text(), date.start(), date.end(), date.type(), date.value()));
        }
        for (Charge charge : document.charges()) {
            rows.write(CsvRow.charge(source, charge.text(), charge.start(), charge.end(), charge.defendant(), charge.charge(),
                    charge.count(), charge.by(), charge.sentence(), charge.status()));
        }
        for (Quote quote : document.quotes()) {
            rows.write(CsvRow.quote(source, quote.text(), quote.start(), quote.end(), quote.speaker(), quote.speakerName(),
                    quote.speakerMention(), quote.cue()));
        }
        rows.flush();
    }

    @Override
    public void finish() throws IOException {
        rows.flush();
        out.flush();
    }
}
