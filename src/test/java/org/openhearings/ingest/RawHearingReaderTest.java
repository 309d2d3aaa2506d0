package org.openhearings.ingest;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhearings.local.SampleData;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RawHearingReaderTest {
    private static final String SEED = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8);
    private static ApplicationContext context;
    private static RawHearingReader reader;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run();
        reader = context.getBean(RawHearingReader.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static List<FieldError> errorsOf(String json) {
        List<RawHearingReader.Result> results = reader.read(json.getBytes(StandardCharsets.UTF_8), "input.json");
        assertEquals(1, results.size());
        return results.get(0).errors();
    }

    private static void assertRefused(String json, String field, String messagePart) {
        List<FieldError> errors = errorsOf(json);
        assertTrue(errors.stream().anyMatch(e -> e.record().equals("input.json record 1")
                        && e.field().equals(field) && e.message().contains(messagePart)),
                () -> "expected an error on " + field + " containing \"" + messagePart + "\", got " + errors);
    }

    @Test
    void acceptsTheSeedCaseWithEveryFact() {
        RawHearingReader.Result result = reader.read(SEED.getBytes(StandardCharsets.UTF_8), "seed.json").get(0);
        assertEquals(List.of(), result.errors());
        assertEquals(8, result.hearing().officers().size());
        assertEquals("2016-05", result.hearing().conductPeriod().from().toString());
        assertEquals(6000, result.hearing().evidence().count());
    }

    @Test
    void anUnknownVocabularyValueIsAnErrorNotOther() {
        assertRefused(SEED.replace("\"METROPOLITAN\"", "\"ATLANTIS\""), "force", "expected one of");
        assertRefused(SEED.replaceFirst("\"DISMISSED_WITHOUT_NOTICE\"", "\"SACKED\""), "officers[0].outcome", "unknown value");
        assertRefused(SEED.replaceFirst("\"DISCREDITABLE_CONDUCT\"", "\"RUDENESS\""),
                "officers[0].allegations[0].standards[3]", "unknown value");
    }

    @Test
    void anUnknownFieldIsRefusedSoTyposAreNotSilentlyDropped() {
        assertRefused(SEED.replace("\"generated\": false", "\"generated\": false, \"hearingDtae\": \"2023-04-14\""),
                "(field 19)", "unknown field name");
    }

    @Test
    void malformedDatesNameTheirField() {
        assertRefused(SEED.replace("\"investigationStarted\": \"2021-03\"", "\"investigationStarted\": \"2021-13\""),
                "investigationStarted", "not a calendar date");
        assertRefused(SEED.replace("\"hearingType\": \"MISCONDUCT_HEARING\",",
                "\"hearingType\": \"MISCONDUCT_HEARING\", \"hearingDates\": [\"14/04/2023\"],"), "hearingDates", "expected YYYY-MM-DD");
    }

    @Test
    void statedCountsMustAgreeWithTheListedOfficers() {
        assertRefused(SEED.replace("\"officerCount\": 8", "\"officerCount\": 9"), "officerCount", "9 stated but 8");
    }

    @Test
    void aServingOfficerCannotBeWouldHaveBeenDismissed() {
        String json = SEED.replaceFirst("\"status\": \"FORMER\"", "\"status\": \"SERVING\"");
        assertRefused(json, "officers[2].outcome", "only to former officers");
    }

    @Test
    void aBadRecordDoesNotStopTheOthersInTheFile() {
        String file = "[" + SEED + ", {\"force\": \"METROPOLITAN\"}]";
        List<RawHearingReader.Result> results = reader.read(file.getBytes(StandardCharsets.UTF_8), "batch.json");
        assertTrue(results.get(0).valid());
        assertTrue(results.get(1).errors().stream().anyMatch(e -> e.record().equals("batch.json record 2")
                && e.field().equals("officers")));
    }

    @Test
    void textThatIsNotJsonIsOneClearError() {
        List<FieldError> errors = reader.read("PC Rees was dismissed".getBytes(StandardCharsets.UTF_8), "notes.txt")
                .get(0).errors();
        assertEquals(List.of(new FieldError("notes.txt", "$", "not valid JSON")), errors);
    }
}
