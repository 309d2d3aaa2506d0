package org.openhearings.ingest;

import jakarta.inject.Singleton;
import org.openhearings.domain.Hearing;
import org.openhearings.export.BulkExport;
import org.openhearings.store.BulkStore;
import org.openhearings.store.EveryRecord;
import org.openhearings.store.PendingBulkYears;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites the bulk files of the years writes have marked, one year at a time (memory: one year's
 * records). Kept out of ingest so a write costs the same at any table size: a schedule (and the command
 * line after a load) runs it. A year is cleared only if no write marked it again meanwhile, and a failure
 * leaves the mark for the next run: files can lag, never silently stay stale.
 */
@Singleton
public class BulkRebuild {
    private static final Logger LOG = LoggerFactory.getLogger(BulkRebuild.class);

    private final PendingBulkYears pending;
    private final EveryRecord everyRecord;
    private final BulkExport bulkExport;
    private final BulkStore bulk;

    public BulkRebuild(PendingBulkYears pending, EveryRecord everyRecord, BulkExport bulkExport, BulkStore bulk) {
        this.pending = pending;
        this.everyRecord = everyRecord;
        this.bulkExport = bulkExport;
        this.bulk = bulk;
    }

    /** Rebuilds every pending year; gives the years rebuilt. */
    public List<String> rebuildPending() {
        List<String> rebuilt = new ArrayList<>();
        for (Map.Entry<String, Long> year : pending.read().entrySet()) {
            rebuild(year.getKey(), Instant.now());
            pending.clear(year.getKey(), year.getValue());
            rebuilt.add(year.getKey());
        }
        LOG.info("bulk rebuild finished years={}", rebuilt);
        return rebuilt;
    }

    /** The files of one year, from that year's records; a year left without records loses its files. */
    private void rebuild(String year, Instant now) {
        List<Hearing> records = new ArrayList<>();
        everyRecord.forEachInYear(year.equals(BulkExport.UNDATED) ? null : Integer.valueOf(year), records::add);
        if (records.isEmpty()) {
            bulk.save(List.of(), Set.of(BulkExport.csvName(year), BulkExport.jsonLinesName(year)));
        } else {
            bulk.save(bulkExport.build(year, records, now), Set.of());
        }
    }
}
