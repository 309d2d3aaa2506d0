package org.openhearings.ingest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhearings.domain.Hearing;
import org.openhearings.ingest.IngestService.RawFile;
import org.openhearings.local.SampleData;
import org.openhearings.query.HearingQueryService;
import org.openhearings.store.DynamoSettings;
import org.openhearings.testing.NameSearch;
import org.openhearings.testing.TableContents;
import org.openhearings.testing.TestStack;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ingest into a real DynamoDB Local table, and what ends up stored. */
class IngestServiceTest {
    private ApplicationContext app;
    private IngestService ingest;
    private JsonMapper json;

    @BeforeEach
    void start() {
        app = TestStack.emptyApp();
        ingest = app.getBean(IngestService.class);
        json = app.getBean(JsonMapper.class);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private String storedText() {
        return TableContents.allText(app.getBean(DynamoDbClient.class), app.getBean(DynamoSettings.class).table());
    }

    private Hearing stored(String id) {
        return app.getBean(HearingQueryService.class).find(id).orElseThrow();
    }

    @Test
    void noNameFromTheSeedCaseIsStoredAnywhere() {
        RawFile seed = SampleData.seedCase();
        assertEquals(1, ingest.ingest(List.of(seed)).created());
        List<String> names = NameSearch.namesIn(new String(seed.content(), StandardCharsets.UTF_8), json);
        String stored = storedText();
        assertTrue(stored.contains("Officer H"), "the record is there");
        assertEquals(List.of(), NameSearch.tokensFound(names, stored));
    }

    /** Property-style: for any generated batch of records full of names, none of them is stored. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void noGeneratedNameOrWarrantNumberIsStoredAnywhere(long seed) {
        RawFile batch = SampleData.generated(json, 25, seed);
        IngestReport report = ingest.ingest(List.of(batch));
        assertEquals(List.of(), report.rejected());
        assertEquals(25, report.created());
        List<String> names = NameSearch.namesIn(new String(batch.content(), StandardCharsets.UTF_8), json);
        assertTrue(names.size() >= 50, "officers, warrant numbers and other people");
        assertEquals(List.of(), NameSearch.tokensFound(names, storedText()));
    }

    @Test
    void reIngestingTheSameSourceChangesNothing() {
        RawFile seed = SampleData.seedCase();
        ingest.ingest(List.of(seed));
        DynamoDbClient dynamo = app.getBean(DynamoDbClient.class);
        String table = app.getBean(DynamoSettings.class).table();
        int items = TableContents.itemCount(dynamo, table);
        Hearing first = stored("h-3b73d1c153734c18");

        IngestReport again = ingest.ingest(List.of(seed));

        assertEquals(new IngestReport(0, 0, 1, 0, List.of()), again);
        assertEquals(items, TableContents.itemCount(dynamo, table));
        assertEquals(first, stored("h-3b73d1c153734c18"));
    }

    @Test
    void aChangedSourceRevisesTheRecordUnderTheSameId() {
        ingest.ingest(List.of(SampleData.seedCase()));
        Hearing first = stored("h-3b73d1c153734c18");
        String revised = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8)
                .replace("\"restrictedDutiesFrom\": \"2021-04\"", "\"restrictedDutiesFrom\": \"2021-04-20\"");

        IngestReport report = ingest.ingest(List.of(new RawFile("seed-revised.json", revised.getBytes(StandardCharsets.UTF_8))));

        assertEquals(1, report.updated());
        Hearing second = stored("h-3b73d1c153734c18");
        assertEquals(2, second.publication().revision());
        assertEquals(first.publication().firstPublished(), second.publication().firstPublished());
        assertNotEquals(first.publication().lastUpdated(), second.publication().lastUpdated());
        assertEquals("2021-04-20", second.restrictedDutiesFrom().toString());
    }

    @Test
    void anInvalidRecordIsReportedByRecordAndFieldAndNothingOfItIsWritten() {
        String broken = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8)
                .replace("\"GROSS_MISCONDUCT\"", "\"VERY_BAD\"");
        IngestReport report = ingest.ingest(List.of(new RawFile("broken.json", broken.getBytes(StandardCharsets.UTF_8))));

        assertEquals(0, report.created());
        assertTrue(report.rejected().stream().anyMatch(e -> e.record().equals("broken.json record 1")
                && e.field().equals("officers[0].allegations[0].finding")), report.rejected().toString());
        assertEquals("", storedText());
    }
}
