package org.clipfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.clipfacts.CliRun;
import org.clipfacts.Samples;
import org.clipfacts.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleCommandTest {
    private static final String SAMPLES = Samples.root().resolve("samples").toString();

    @TempDir
    Path temp;

    @Test
    void extractWritesThePeopleIndexBesideTheDocumentsAndPeopleReadsTheDocumentsBack() throws IOException {
        Path documents = temp.resolve("facts.jsonl");
        Path index = temp.resolve("people.jsonl");
        CliRun extract = CliRun.of("extract", SAMPLES, "--facts", "people", "--format", "jsonl", "-o", documents.toString(),
                "--people-index", index.toString());
        assertEquals(0, extract.exitCode(), extract.err());
        List<JsonNode> entries = new ArrayList<>();
        for (String line : Files.readAllLines(index)) {
            entries.add(Json.MAPPER.readTree(line));
        }
        assertEquals("julian-assange", entries.get(0).get("id").asText(), "Assange is the most mentioned");
        JsonNode trump = entries.stream().filter(entry -> entry.get("id").asText().equals("donald-trump")).findFirst().orElseThrow();
        assertEquals(4, trump.get("articles").size());
        assertTrue(trump.get("articles").toString().contains("\"id\":\"trump\""), "000 names him Trump only: " + trump.get("articles"));

        CliRun people = CliRun.of("people", "--extracted", documents.toString(), "--format", "jsonl");
        assertEquals(0, people.exitCode(), people.err());
        assertEquals(Files.readString(index), people.out());

        CliRun table = CliRun.of("people", "--extracted", documents.toString());
        assertTrue(table.out().lines().findFirst().orElseThrow().startsWith("id "), table.out());
        assertTrue(table.out().contains("003_6d43335a11c71cb4.txt (biden)"), table.out());

        CliRun csv = CliRun.of("people", "--extracted", documents.toString(), "--format", "csv");
        assertTrue(csv.out().startsWith("id,name,aliases,titles,mentions,articles,first_date,last_date,sources,article_ids\r\n"), csv.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("people", "--format", "xml").exitCode());
        assertEquals(2, CliRun.of("people", SAMPLES, "--extracted", "x.jsonl").exitCode());
        assertEquals(2, CliRun.of("people", "--extracted", temp.resolve("missing.jsonl").toString()).exitCode());
    }
}
