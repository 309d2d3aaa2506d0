package org.openhearings.ingest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.Officer;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;
import org.openhearings.local.SampleData;
import org.openhearings.testing.NameSearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HearingAnonymiserTest {
    private static ApplicationContext context;
    private static RawHearingReader reader;
    private static HearingAnonymiser anonymiser;
    private static JsonMapper json;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run();
        reader = context.getBean(RawHearingReader.class);
        anonymiser = context.getBean(HearingAnonymiser.class);
        json = context.getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Hearing anonymise(byte[] raw) {
        RawHearingReader.Result result = reader.read(raw, "input.json").get(0);
        assertTrue(result.valid(), () -> result.errors().toString());
        return anonymiser.anonymise(result.record(), result.hearing()).hearing();
    }

    @Test
    void theSeedCaseKeepsEveryFactAndLosesEveryName() throws IOException {
        byte[] raw = SampleData.seedCase().content();
        Hearing hearing = anonymise(raw);

        String published = json.writeValueAsString(hearing);
        List<String> names = NameSearch.namesIn(new String(raw, StandardCharsets.UTF_8), json);
        assertEquals(9, names.size(), "eight officers and the commander");
        assertEquals(List.of(), NameSearch.tokensFound(names, published));

        assertEquals(List.of("Officer A", "Officer B", "Officer C", "Officer D", "Officer E", "Officer F",
                "Officer G", "Officer H"), hearing.officers().stream().map(Officer::label).toList());
        assertEquals(2, hearing.officers().stream().filter(o -> o.outcome() == Outcome.DISMISSED_WITHOUT_NOTICE
                && o.status() == OfficerStatus.SERVING).count());
        assertEquals(6, hearing.officers().stream().filter(o -> o.outcome() == Outcome.WOULD_HAVE_BEEN_DISMISSED
                && o.status().former()).count());
        assertEquals(2, hearing.officers().stream().filter(o -> o.rank() == Rank.SERGEANT).count());
        assertEquals(1, hearing.officers().stream().filter(o -> o.standardsBreached().contains(Standard.DUTIES_RESPONSIBILITIES)).count());
        assertTrue(hearing.officers().stream().allMatch(Officer::barredList));
        assertEquals(1, hearing.officers().stream().filter(o -> "Safer Neighbourhood Team".equals(o.unitType())).count());
        assertTrue(hearing.summary().contains("A commander said"), hearing.summary());
        assertTrue(hearing.summary().contains("Officer A and Officer B were found"), hearing.summary());
    }

    @Test
    void theSourceAddressAndTitleAreNeverPublishedEvenWhenTheyCarryAName() throws IOException {
        String raw = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8)
                .replace("https://emergency-services.news/two-met", "https://example.org/rees/two-met");
        Hearing hearing = anonymise(raw.getBytes(StandardCharsets.UTF_8));
        String published = json.writeValueAsString(hearing);
        assertTrue(!published.toLowerCase().contains("rees") && !published.contains("example.org"), published);
        assertEquals("Emergency Services News", hearing.source().publisher());
    }

    @Test
    void aNameLeftInAFieldTheRedactorDoesNotRewriteIsRefusedNamingFieldAndPositionNotPerson() {
        String raw = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8)
                .replaceFirst("\"name\": \"Glynn Rees\"", "\"name\": \"Glynn Rees\", \"label\": \"PC Rees\"");
        InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                () -> anonymise(raw.getBytes(StandardCharsets.UTF_8)));
        FieldError error = refused.errors().stream().filter(e -> e.field().equals("officers[0].label")).findFirst()
                .orElseThrow(() -> new AssertionError(refused.errors().toString()));
        assertTrue(error.message().contains("officers[0]"), error.message());
        assertTrue(!refused.errors().toString().toLowerCase().contains("rees"), refused.errors().toString());
    }

    @Test
    void anUnlistedNameIsRefusedAtItsOffsetUntilListedOrMarkedAsNotAName() throws IOException {
        String seed = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8);
        String withVictim = seed.replace("\"title\": \"Eight", "\"title\": \"At Brackenfold Hall, Sarah Okafor: eight");
        InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                () -> anonymise(withVictim.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("title", "title", "title", "title"), refused.errors().stream().map(FieldError::field).toList());
        int[] offsets = {3, 15, 21, 27}; // Brackenfold, Hall (a surname, so no anchor for an unknown word), Sarah, Okafor
        for (int i = 0; i < offsets.length; i++) {
            assertTrue(refused.errors().get(i).message().contains("at character " + offsets[i] + " (unknown-capitalised)"),
                    refused.errors().toString());
        }
        assertTrue(!refused.errors().toString().contains("Okafor") && !refused.errors().toString().contains("Brackenfold"),
                refused.errors().toString());

        String listed = withVictim.replace("\"role\": \"a commander\"}]",
                "\"role\": \"a commander\"}, {\"name\": \"Sarah Okafor\", \"role\": \"a member of the public\"}]")
                .replace("\"generated\": false", "\"generated\": false, \"notNames\": [\"Brackenfold Hall\"]");
        Hearing hearing = anonymise(listed.getBytes(StandardCharsets.UTF_8));
        assertTrue(hearing.title().startsWith("At Brackenfold Hall, a member of the public: eight"), hearing.title());
        assertTrue(!json.writeValueAsString(hearing).contains("notNames"), "the allow-list is not published");
    }

    @Test
    void aNotANamePhraseMustOccurAndMustNotBeAListedName() {
        String seed = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8);
        String raw = seed.replace("\"title\": \"Eight", "\"title\": \"Sergeant Major and Gemma: eight")
                .replace("\"generated\": false", "\"generated\": false, \"notNames\": [\"Hindlip Hall\", \"Glynn Rees\", "
                        + "\"Sergeant Major\", \"Rees\", \"Gemma\"]");
        InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                () -> anonymise(raw.getBytes(StandardCharsets.UTF_8)));
        // The title's words are covered by the phrases, so only the phrases are refused.
        assertEquals("notNames[0]: does not occur in the record's text; notNames[1]: contains a listed person's name; "
                + "notNames[2]: is a title followed by a word; notNames[3]: contains a listed person's name; "
                + "notNames[4]: contains a known given or family name",
                refused.errors().stream().map(e -> e.field() + ": " + e.message()).collect(java.util.stream.Collectors.joining("; ")));
    }

    @Test
    void anOfficerAnonymousAtSourceNeedsNoNameAndKeepsTheirLabel() {
        String seed = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8);
        String raw = seed.replace("{\"name\": \"Luke Thomas\",", "{\"label\": \"Officer Y\",")
                .replace("Former Sergeant Luke Thomas", "Officer Y");
        Hearing hearing = anonymise(raw.getBytes(StandardCharsets.UTF_8));
        assertEquals("Officer Y", hearing.officers().get(7).label());
        assertTrue(hearing.summary().contains("Officer Y breached the same standards"), hearing.summary());
    }
}
