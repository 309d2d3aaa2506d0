package org.openhearings.ingest;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.openhearings.export.BulkExport;
import org.openhearings.export.BulkFile;
import org.openhearings.local.LocalRun;
import org.openhearings.local.SampleData;
import org.openhearings.store.BulkSettings;
import org.openhearings.store.BulkStore;
import org.openhearings.store.DynamoSettings;
import org.openhearings.store.PendingBulkYears;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.TestStack;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ingest only marks the years whose bulk files its writes made stale; the scheduled rebuild
 * ({@code events/scheduled-bulk-rebuild.json}) writes them.
 * A mark survives a rebuild that fails, a write made while its year was being rebuilt, and input that
 * comes again unchanged: files can lag behind the records, never stay behind them.
 */
class BulkRebuildTest {

    private static IngestReport ingest(ApplicationContext app, int count, long seed) {
        return app.getBean(IngestService.class).ingest(List.of(SampleData.generated(app.getBean(JsonMapper.class), count, seed)));
    }

    private static Set<String> fileNames(ApplicationContext app) {
        return app.getBean(BulkStore.class).manifest().stream().map(BulkFile::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> filesOf(Set<String> years) {
        Set<String> names = new TreeSet<>();
        years.forEach(year -> names.addAll(List.of(BulkExport.csvName(year), BulkExport.jsonLinesName(year))));
        return names;
    }

    @Test
    void ingestMarksTheYearsItChangedAndTheRebuildWritesExactlyTheirFiles() {
        try (ApplicationContext app = TestStack.emptyApp()) {
            PendingBulkYears pending = app.getBean(PendingBulkYears.class);
            assertEquals(40, ingest(app, 40, 21).created());
            Map<String, Long> marked = pending.read();
            assertTrue(marked.size() > 1, "generated hearings span several years: " + marked);
            assertEquals(Set.of(), fileNames(app), "ingest itself writes no bulk file");

            ScheduledEvent schedule = LambdaEvents.read("scheduled-bulk-rebuild.json", ScheduledEvent.class);
            assertEquals(List.copyOf(marked.keySet()),
                    new BulkRebuildFunction(app).handleRequest(schedule, new MockLambdaContext()).years());
            assertEquals(Map.of(), pending.read(), "every rebuilt year is cleared");
            assertEquals(filesOf(marked.keySet()), fileNames(app));
            assertEquals(List.of(), app.getBean(BulkRebuild.class).rebuildPending(), "nothing pending, nothing rewritten");
        }
    }

    @Test
    void aYearMarkedAgainWhileItsFilesWereWrittenStaysPending() {
        try (ApplicationContext app = TestStack.emptyApp()) {
            PendingBulkYears pending = app.getBean(PendingBulkYears.class);
            ingest(app, 10, 22);
            Map<String, Long> seen = pending.read();
            ingest(app, 30, 23);
            Map<String, Long> now = pending.read();
            String year = seen.keySet().stream().filter(y -> now.get(y) > seen.get(y)).findFirst().orElseThrow();
            assertFalse(pending.clear(year, seen.get(year)), "a later write's mark is not cleared by an earlier rebuild");
            assertEquals(now.get(year), pending.read().get(year));
            assertTrue(pending.clear(year, now.get(year)));
            assertFalse(pending.read().containsKey(year));
        }
    }

    @Test
    void aFailedRebuildLeavesItsMarksAndUnchangedInputDoesNotHideThem() {
        try (ApplicationContext app = TestStack.emptyApp()) {
            PendingBulkYears pending = app.getBean(PendingBulkYears.class);
            ingest(app, 20, 24);
            Map<String, Long> marked = pending.read();

            Map<String, Object> unreachableS3 = LocalRun.properties(TestStack.endpoint(), "http://127.0.0.1:9");
            unreachableS3.put("openhearings.dynamodb.table", app.getBean(DynamoSettings.class).table());
            unreachableS3.put("openhearings.bulk.bucket", app.getBean(BulkSettings.class).bucket());
            try (ApplicationContext broken = ApplicationContext.builder().properties(unreachableS3).start()) {
                assertThrows(SdkException.class, () -> broken.getBean(BulkRebuild.class).rebuildPending());
            }
            assertEquals(marked, pending.read(), "nothing cleared by a rebuild that failed");
            assertEquals(Set.of(), fileNames(app));

            assertEquals(20, ingest(app, 20, 24).unchanged());
            assertEquals(marked, pending.read(), "the same input again does not hide what is still pending");
            app.getBean(BulkRebuild.class).rebuildPending();
            assertEquals(filesOf(marked.keySet()), fileNames(app));
            assertEquals(Map.of(), pending.read());
        }
    }
}
