package org.openhearings.ingest;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhearings.local.SampleData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code IngestCommand --preview}: one page per record, what would be published, replaced and refused; no store. */
class IngestPreviewTest {
    @Test
    void eachRecordGetsAPageShowingReplacementsAndRefusalsAtTheirPlaces(@TempDir Path dir) throws IOException {
        String seed = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8);
        String withUnlisted = seed.replace("\"title\": \"Eight", "\"title\": \"Gemma Okafor saw eight")
                .replace("two-met-officers", "unlisted-person");
        Path input = Files.writeString(dir.resolve("records.json"), "[" + seed + "," + withUnlisted + "]");
        Path out = dir.resolve("preview");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        // The preview makes no DynamoDB client: a context without one answers it.
        try (ApplicationContext context = ApplicationContext.run()) {
            int exit = IngestCommand.run(context, new String[] {"--preview", out.toString(), input.toString()},
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertEquals(1, exit, "one record would be refused");
        }
        String report = printed.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("records.json-record-1.html  publishable"), report);
        assertTrue(report.contains("records.json-record-2.html  refused"), report);

        String published = Files.readString(out.resolve("records.json-record-1.html"));
        assertTrue(published.contains("Publishable as shown"), published);
        assertTrue(published.contains("<mark class=\"replaced\" title=\"replaced\">Officer A</mark> <span class=\"was\">PC Glynn Rees</span>"),
                "a replacement shows what it replaced");
        String refused = Files.readString(out.resolve("records.json-record-2.html"));
        assertTrue(refused.contains("Refused: ingest would store nothing"), refused);
        assertTrue(refused.contains(">Gemma</mark><span class=\"label\" aria-label=\"refused: "), "the refusal is marked where it stands");
        assertTrue(refused.contains("[unknown-capitalised]"), "with its rule");
        assertTrue(refused.contains("otherPeople (if it is a person): <code>") && refused.contains("notNames (if it is not a name): <code>"),
                "and the marks that resolve it");
    }
}
