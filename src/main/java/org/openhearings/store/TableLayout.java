package org.openhearings.store;

import org.openhearings.domain.PartialDate;
import org.openhearings.stats.StatsCell;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The single-table key layout, all in one place (see ARCHITECTURE.md).
 * <pre>
 * PK                     SK                       what
 * HEARING#{id}           RECORD                   the published record (JSON doc + bookkeeping)
 * INDEX#{facet}          {hearingDate}#{id}       list entry of a hearing under one facet, newest first
 * STATS#{records}#{force} YEAR#{year}            one cell of counts (see StatsCell): records all|real|sample,
 *                                                 force or ALL, year or all|none; updated by each write's delta
 * STATS                  FACET_COUNTS             hearings per facet, to query the most selective one
 * CHANGES                {lastUpdated}#{id}       a hearing's latest creation or revision, oldest first
 * PUBLISHED              {firstPublished}#{id}    each hearing once, by when it was first published
 * BULK                   MANIFEST                 the bulk files (objects in S3): names, rows, checksums, generation
 * BULK                   PENDING                  years whose bulk files a write has made out of date, one counter each
 * </pre>
 * A facet is "all" or "name=value" (force=METROPOLITAN, outcome=DISMISSED_WITHOUT_NOTICE, …).
 */
public final class TableLayout {
    public static final String PK = "PK";
    public static final String SK = "SK";

    static final String RECORD = "RECORD";
    static final String ALL = "all";
    static final String STATS = "STATS";
    static final String FACET_COUNTS = "FACET_COUNTS";

    private TableLayout() {
    }

    static Map<String, AttributeValue> hearingKey(String id) {
        return key("HEARING#" + id, RECORD);
    }

    static String indexPartition(String facet) {
        return "INDEX#" + facet;
    }

    /** Where a hearing's date is not stated: below every real date, so it comes last, newest first, and in no date range. */
    static final String DATE_NOT_STATED = "0000-00-00";

    /** A date known only to the month (or year) sorts, and falls in date ranges, as its first day. */
    static String indexSortKey(PartialDate hearingDate, String id) {
        return (hearingDate == null ? DATE_NOT_STATED : hearingDate.earliest().toString()) + "#" + id;
    }

    /**
     * A key range of an index partition, read in one direction; {@code before} is a key inside it, below
     * every entry, to resume at its start.
     */
    record SortKeyRange(String low, String high, String before) {
    }

    /**
     * The key ranges a list reads, in order. Any date bound leaves out the hearings whose date is not
     * stated (they are in no date range). Without one they come last either way: newest first they sort
     * last already; oldest first they are a second range read after the dated ones.
     */
    static List<SortKeyRange> listRanges(LocalDate from, LocalDate to, boolean oldestFirst) {
        String high = to == null ? "~" : to + "#~";
        if (from != null || to != null) {
            return List.of(new SortKeyRange(from != null ? from.toString() : "0001", high, null));
        }
        if (!oldestFirst) {
            return List.of(new SortKeyRange("0", high, null));
        }
        return List.of(new SortKeyRange("0001", high, null),
                new SortKeyRange(DATE_NOT_STATED, DATE_NOT_STATED + "#~", DATE_NOT_STATED + "#h-0000000000000000"));
    }

    /** Which of the ranges holds a sort key a cursor resumes from (the first if none does). */
    static int rangeHolding(List<SortKeyRange> ranges, String sortKey) {
        for (int i = 0; i < ranges.size(); i++) {
            if (sortKey.compareTo(ranges.get(i).low()) >= 0 && sortKey.compareTo(ranges.get(i).high()) <= 0) {
                return i;
            }
        }
        return 0;
    }

    /** A term's search partition: its hearings under the same sort keys as a facet's index. */
    static String searchPartition(String term) {
        return SEARCH + term;
    }

    static Map<String, AttributeValue> searchKey(String term, String sortKey) {
        return key(searchPartition(term), sortKey);
    }

    /** A search entry named in one string ({@code sortKey term}: a term holds no space), as a record keeps those still to delete. */
    static String searchEntryName(String term, String sortKey) {
        return sortKey + " " + term;
    }

    static Map<String, AttributeValue> searchKeyNamed(String name) {
        int space = name.indexOf(' ');
        return searchKey(name.substring(space + 1), name.substring(0, space));
    }

    static final String SEARCH = "TERM#";

    /** Every hearing once, ordered by how many officers it concerned, then by date. */
    static final String BY_OFFICERS = "BY_OFFICERS";

    static String officerSortKey(int officerCount, String indexSortKey) {
        return String.format(Locale.ROOT, "%04d#%s", Math.min(officerCount, 9999), indexSortKey);
    }

    private static final Pattern INDEX_SORT_KEY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}#h-[0-9a-f]{16}");
    private static final Pattern OFFICER_SORT_KEY = Pattern.compile("\\d{4}#\\d{4}-\\d{2}-\\d{2}#h-[0-9a-f]{16}");
    private static final Pattern TIME_SORT_KEY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{9}Z#(?:h-[0-9a-f]{16}|~)");

    /** Whether a sort key read back from a client (inside a cursor) has a form this layout writes. */
    static boolean isSortKeyOf(String partition, String sortKey) {
        if (partition.equals(BY_OFFICERS)) {
            return OFFICER_SORT_KEY.matcher(sortKey).matches();
        }
        return partition.startsWith("INDEX#") || partition.startsWith(SEARCH) ? INDEX_SORT_KEY.matcher(sortKey).matches()
                : TIME_SORT_KEY.matcher(sortKey).matches();
    }

    static Map<String, AttributeValue> indexKey(String facet, String sortKey) {
        return key(indexPartition(facet), sortKey);
    }

    static final String CHANGES = "CHANGES";
    static final String PUBLISHED = "PUBLISHED";
    /** Fixed width, so sort keys order as times do ({@link Instant#toString()} drops trailing zeros). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    static String timeSortKey(Instant time, String id) {
        return TIME.format(time) + "#" + id;
    }

    /** The sort key after every entry at or before {@code time}, whatever its id. */
    static String afterTime(Instant time) {
        return TIME.format(time) + "#~";
    }

    static Map<String, AttributeValue> bulkManifestKey() {
        return key("BULK", "MANIFEST");
    }

    static Map<String, AttributeValue> pendingBulkKey() {
        return key("BULK", "PENDING");
    }

    static String statsPartition(String records, String force) {
        return STATS + "#" + records + "#" + force;
    }

    static Map<String, AttributeValue> statsCellKey(StatsCell cell) {
        return key(statsPartition(cell.records(), cell.force()), "YEAR#" + cell.year());
    }

    /** The sort key of a year's cell; {@code open} stands in for an open end of a range ("0000" or "9999"). */
    static String yearSortKey(Integer year, String open) {
        return "YEAR#" + (year == null ? open : String.format("%04d", year));
    }

    /** The cell an item read back from a stats partition holds. */
    static StatsCell statsCell(Map<String, AttributeValue> item) {
        String[] partition = item.get(PK).s().split("#", 3);
        return new StatsCell(partition[1], partition[2], item.get(SK).s().substring("YEAR#".length()));
    }

    static Map<String, AttributeValue> statsKey(String which) {
        return key(STATS, which);
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }
}
