package org.openhearings.draft;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhearings.domain.Hearing;
import org.openhearings.ingest.HearingAnonymiser;
import org.openhearings.ingest.RawHearingReader;
import org.openhearings.local.SampleData;
import org.openhearings.testing.NameSearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed article drafted, compared field by field with the seed record, then completed as an operator
 * would (headline, conduct, source: what the text does not give) and passed through ingest.
 */
class SeedDraftTest {
    private static ApplicationContext context;
    private static JsonMapper json;
    private static String seedText;
    private static Draft draft;

    @BeforeAll
    static void draftTheSeed() throws IOException {
        context = ApplicationContext.run();
        json = context.getBean(JsonMapper.class);
        try (InputStream in = SeedDraftTest.class.getResourceAsStream("/sample-data/seed-case.txt")) {
            seedText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        draft = context.getBean(NoticeDrafter.class).draft(seedText, NoticeDrafter.SourceHint.none());
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Map<String, Object> seedRecord() throws IOException {
        return DraftCorpusTest.read(java.nio.file.Path.of("src/local/resources/sample-data/seed-case.json"));
    }

    @Test
    void everyFactOfTheSeedRecordIsDraftedAndNothingElse() throws IOException {
        FieldScore score = new FieldScore();
        score.compare("seed", seedRecord(), draft.record());
        assertEquals(List.of(), score.differences(), score.report());
        assertTrue(score.total().expected >= 75, "the seed record's facts were all scored: " + score.total().expected);
    }

    @Test
    void whatTheArticleDoesNotSayIsListedAsNotDetermined() {
        Map<String, String> undetermined = draft.notDetermined().stream()
                .collect(Collectors.toMap(Draft.Undetermined::field, Draft.Undetermined::reason));
        assertTrue(undetermined.containsKey("hearingDates"), undetermined.toString());
        assertTrue(undetermined.containsKey("title"), undetermined.toString());
        assertTrue(undetermined.containsKey("source.url"), undetermined.toString());
        assertTrue(!draft.record().containsKey("hearingDates") && !draft.record().containsKey("hearingEnded"));
    }

    @Test
    void everyDraftedFactCitesASentenceOfTheArticle() {
        for (Draft.Citation citation : draft.evidence()) {
            assertEquals(citation.sentence(), seedText.substring(citation.start(), citation.end()), citation.field());
        }
        for (String field : List.of("force", "conductPeriod", "investigationStarted", "noticesServed", "departures", "officers[7].outcome",
                "officers[7].allegations[0].standards", "officers[6].unitType")) {
            assertTrue(draft.evidence().stream().anyMatch(c -> c.field().equals(field)), field + " has no evidence");
        }
    }

    @Test
    void theCompletedDraftIngestsWithNoNameInAnyPublishedField() throws IOException {
        Map<String, Object> seed = seedRecord();
        Map<String, Object> completed = new LinkedHashMap<>(draft.record());
        for (String operatorField : List.of("title", "conduct", "conductCategories", "source")) {
            completed.put(operatorField, seed.get(operatorField));
        }
        RawHearingReader.Result result = context.getBean(RawHearingReader.class)
                .read(json.writeValueAsBytes(completed), "seed-draft.json").get(0);
        assertTrue(result.valid(), () -> result.errors().toString());
        Hearing published = context.getBean(HearingAnonymiser.class).anonymise(result.record(), result.hearing()).hearing();

        String raw = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8);
        List<String> names = NameSearch.namesIn(raw, json);
        assertEquals(9, names.size());
        assertEquals(List.of(), NameSearch.tokensFound(names, json.writeValueAsString(published)));
        assertEquals(8, published.officers().size());
    }
}
