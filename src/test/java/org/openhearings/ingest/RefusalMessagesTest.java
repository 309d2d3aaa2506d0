package org.openhearings.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhearings.local.SampleData;
import org.openhearings.testing.IsolatedApp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input through the command-line ingest, with a name put where the bad value goes: the report and
 * the log say which record, which field and which rule, and never the value.
 */
class RefusalMessagesTest {
    private static final String NAME = "PC Oliver Quenby-Marsh";
    private static final String SEED = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8);

    @RegisterExtension
    static final IsolatedApp APP = new IsolatedApp();

    private static CliRun ingest(Path dir, String content) throws IOException {
        Files.writeString(dir.resolve("input.json"), content);
        return CliRun.of(APP.context(), dir);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "force| \"METROPOLITAN\"| \"%s\"",
            "hearingType| \"MISCONDUCT_HEARING\"| \"%s\"",
            "hearingDates| \"hearingType\": \"MISCONDUCT_HEARING\",| \"hearingType\": \"MISCONDUCT_HEARING\", \"hearingDates\": [\"%s\"],",
            "title as a number| \"title\": \"Eight| \"title\": 1, \"x\": \"%s",
            "conductPeriod.from| {\"from\": \"2016-05\"| {\"from\": \"%s\"",
            "investigationStarted| \"investigationStarted\": \"2021-03\"| \"investigationStarted\": \"%s\"",
            "noticesServed| \"noticesServed\": \"2021-04\"| \"noticesServed\": \"%s\"",
            "restrictedDuties| \"restrictedDuties\": true| \"restrictedDuties\": \"%s\"",
            "restrictedDutiesFrom| \"restrictedDutiesFrom\": \"2021-04\"| \"restrictedDutiesFrom\": \"%s\"",
            "evidence.count| \"count\": 6000| \"count\": \"%s\"",
            "evidence.qualifier| \"MORE_THAN\"| \"%s\"",
            "officerCount| \"officerCount\": 8| \"officerCount\": \"%s\"",
            "departures.resigned| \"resigned\": 5| \"resigned\": \"%s\"",
            "officers[0].rank| \"rank\": \"CONSTABLE\"| \"rank\": \"%s\"",
            "officers[0].status| \"status\": \"SERVING\"| \"status\": \"%s\"",
            "officers[0].outcome| \"outcome\": \"DISMISSED_WITHOUT_NOTICE\"| \"outcome\": \"%s\"",
            "officers[0].barredList| \"barredList\": true| \"barredList\": \"%s\"",
            "allegations[0].finding| \"finding\": \"GROSS_MISCONDUCT\"| \"finding\": \"%s\"",
            "allegations[0].standards[0]| [\"EQUALITY_DIVERSITY\"| [\"%s\"",
            "source.published| \"publisher\": \"Emergency Services News\"| \"publisher\": \"Emergency Services News\", \"published\": \"%s\"",
            "source.url| \"url\": \"https:| \"url\": \"%s https:",
            "an unknown key at the top| \"force\":| \"%s\": 1, \"force\":",
            "an unknown key in an officer| {\"name\": \"Glynn Rees\",| {\"name\": \"Glynn Rees\", \"%s\": 2,",
            "an officer's name as a number| \"name\": \"Glynn Rees\"| \"name\": 7, \"label\": \"%s\"",
            "a label used twice| \"name\": \"Dave Selway\"| \"name\": \"Dave Selway\", \"label\": \"Officer A\"",
            "a role missing| \"role\": \"a commander\"| \"x\": \"%s\"",
            "a name in the title| \"title\": \"Eight| \"title\": \"%s and eight",
            "a not-a-name phrase that does not occur| \"generated\": false| \"generated\": false, \"notNames\": [\"%s\"]",
            "a withdrawal with a name| \"force\": \"METROPOLITAN\",| \"withdrawn\": \"%s\", \"force\": \"METROPOLITAN\",",
            "not JSON at all| \"force\"| %s \"force\"",
            "a date that is not a date| \"2021-03\"| \"2021-13-45 %s\"",
            "otherPeople not a list| [{\"name\": \"Jon Savell\", \"role\": \"a commander\"}]| \"%s\"",
    })
    void aRefusalNamesFieldAndRuleButNeverTheValue(String what, String find, String replaceWith, @TempDir Path dir)
            throws IOException {
        String input = SEED.replaceFirst(java.util.regex.Pattern.quote(find.strip()),
                java.util.regex.Matcher.quoteReplacement(replaceWith.strip().replace("%s", NAME)));
        assertNotEquals(SEED, input, "the case changes the input");
        CliRun run = ingest(dir, input);
        assertEquals(1, run.exit(), run.printed());
        assertTrue(run.printed().contains("\"rejected\":[{"), run.printed());
        String printed = (run.printed() + "\n" + run.logged()).toLowerCase(Locale.ROOT);
        for (String part : new String[] {"oliver", "quenby", "marsh"}) {
            assertFalse(printed.contains(part), what + ": " + run.printed());
        }
    }

    @Test
    void anOversizedRecordIsOneClearRefusalAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        String big = SEED.replace("\"title\": \"Eight", "\"title\": \"" + "Messages were sent. ".repeat(12_000) + "Eight")
                .replace("two-met-officers", "big-record");
        String small = SEED.replace("two-met-officers", "small-record");
        CliRun run = ingest(dir, "[" + big + "," + small + "]");
        assertEquals(1, run.exit());
        IngestReport report = APP.json().readValue(run.printed().lines().findFirst().orElseThrow(), IngestReport.class);
        assertEquals(1, report.created(), run.printed());
        assertEquals(1, report.rejected().size(), run.printed());
        assertEquals("input.json record 1", report.rejected().get(0).record());
        assertEquals("title", report.rejected().get(0).field());
        assertTrue(report.rejected().get(0).message().contains("200,000 characters"), report.rejected().get(0).message());
    }
}
