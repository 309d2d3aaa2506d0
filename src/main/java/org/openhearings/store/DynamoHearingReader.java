package org.openhearings.store;

import jakarta.inject.Singleton;
import org.openhearings.domain.ChangePage;
import org.openhearings.domain.Force;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.HearingId;
import org.openhearings.domain.HearingFilter;
import org.openhearings.domain.HearingSummary;
import org.openhearings.domain.InvalidQueryException;
import org.openhearings.domain.ListOrder;
import org.openhearings.domain.Page;
import org.openhearings.search.SearchQuery;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads with GetItem and Query only, never Scan. A list reads the index partition of its most
 * selective facet (chosen from the precomputed facet counts) over the date range, and checks the other
 * facets with a filter expression; a text search reads one term's search partition and checks the other
 * words and every facet the same way. It stops after {@link #MAX_QUERIES} requests whatever the table size.
 */
@Singleton
public class DynamoHearingReader implements HearingReader {
    static final int MAX_QUERIES = 4;
    /** DynamoDB's BatchGetItem limit, and so the most records one call may read at once. */
    static final int BATCH_GET_LIMIT = BatchGets.LIMIT;
    private static final String CHANGES_FINGERPRINT = "changes";
    private static final int FILTERED_QUERY_LIMIT = 200;

    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;
    private final HearingItemMapper mapper;
    private final FacetCountStore facetCounts;

    public DynamoHearingReader(DynamoDbClient dynamo, DynamoSettings settings, HearingItemMapper mapper,
                               FacetCountStore facetCounts) {
        this.dynamo = dynamo;
        this.settings = settings;
        this.mapper = mapper;
        this.facetCounts = facetCounts;
    }

    @Override
    public Optional<Hearing> find(String id) {
        if (!HearingId.isWellFormed(id)) {
            return Optional.empty(); // names no hearing: no DynamoDB call for whatever a client sent
        }
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(settings.table())
                .key(TableLayout.hearingKey(id)).projectionExpression(HearingItemMapper.DOC)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(mapper.hearing(item));
    }

    @Override
    public Page<HearingSummary> list(HearingFilter filter, ListOrder order, int limit, String cursor) {
        List<List<String>> groups = Facets.of(filter);
        SearchQuery search = filter.text() == null ? null : SearchQuery.parse(filter.text());
        String fingerprint = Integer.toHexString((filter + " " + order).hashCode());
        PageCursor resume = cursor == null ? null : PageCursor.decode(cursor, fingerprint);
        List<String> partitions = order == ListOrder.BY_FORCE ? forcePartitions(filter)
                : order.byOfficers() ? officerPartition(filter) : List.of(partition(groups, search, resume));
        int first = resume == null ? 0 : partitions.indexOf(resume.partition());
        if (first < 0) {
            throw new InvalidQueryException("cursor", "not a cursor issued by this API");
        }
        if (partitions.isEmpty() || partitions.get(0).isEmpty()) {
            return new Page<>(List.of(), null); // a facet no hearing holds
        }
        // The filters the partitions read do not already hold are checked by filter expression.
        List<List<String>> checked = groups.stream().filter(g -> order == ListOrder.BY_FORCE ? !g.get(0).startsWith("force=")
                : !(g.size() == 1 && partitions.get(0).equals(TableLayout.indexPartition(g.get(0))))).toList();
        return query(partitions, first, checked, search, filter, order, limit, resume, fingerprint);
    }

    /** The one partition a list reads: the search term's, or the rarest one-value facet's (empty: a facet no hearing holds). */
    private String partition(List<List<String>> groups, SearchQuery search, PageCursor resume) {
        // A one-value group can be read as its own index partition; a group of several is checked by filter.
        List<String> single = groups.stream().filter(g -> g.size() == 1).map(g -> g.get(0)).toList();
        if (resume != null) {
            return resume.partition();
        } else if (search != null) {
            return TableLayout.searchPartition(search.partitionTerm()); // every facet is then checked by filter
        } else if (single.isEmpty()) {
            return TableLayout.indexPartition(TableLayout.ALL);
        } else if (groups.size() == 1) {
            return TableLayout.indexPartition(single.get(0));
        }
        Map<String, Long> counts = facetCounts.load();
        String rarest = single.stream().min(Comparator.comparingLong(f -> counts.getOrDefault(f, 0L))).orElseThrow();
        return counts.getOrDefault(rarest, 0L) == 0 ? "" : TableLayout.indexPartition(rarest);
    }

    /** Sorted by officer count: the one partition that lists every hearing by it; every filter is checked by filter expression. */
    private static List<String> officerPartition(HearingFilter filter) {
        if (filter.text() != null) {
            throw new InvalidQueryException("sort", "officerCount cannot be combined with q: a search reads one word's entries, "
                    + "which are in date order only");
        }
        return List.of(TableLayout.BY_OFFICERS);
    }

    /**
     * Sorted by force: the forces asked for (or all), A to Z by code, each force's index partition in turn,
     * newest first within it; forces with no hearing are skipped by their facet count (one GetItem).
     */
    private List<String> forcePartitions(HearingFilter filter) {
        if (filter.text() != null) {
            throw new InvalidQueryException("sort", "force cannot be combined with q: a search reads one word's entries, "
                    + "which are in date order only; filter by force instead");
        }
        Map<String, Long> counts = facetCounts.load();
        return Arrays.stream(Force.values()).filter(f -> filter.forces().isEmpty() || filter.forces().contains(f))
                .map(f -> "force=" + f.name()).sorted().filter(f -> counts.getOrDefault(f, 0L) > 0)
                .map(TableLayout::indexPartition).toList();
    }

    @Override
    public List<Hearing> findAll(List<String> ids) {
        Map<String, Hearing> found = new HashMap<>();
        BatchGets.get(dynamo, settings.table(), ids.stream().distinct().map(TableLayout::hearingKey).toList(), HearingItemMapper.DOC)
                .forEach(item -> {
                    Hearing h = mapper.hearing(item);
                    found.put(h.id(), h);
                });
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public ChangePage changes(String cursor, Instant after, int limit) {
        String start = cursor != null ? PageCursor.decode(cursor, CHANGES_FINGERPRINT).lastSortKey()
                : after != null ? TableLayout.afterTime(after) : "0";
        QueryResponse response = dynamo.query(q -> q.tableName(settings.table())
                .keyConditionExpression("#pk = :pk AND #sk > :start")
                .expressionAttributeNames(Map.of("#pk", TableLayout.PK, "#sk", TableLayout.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableLayout.CHANGES),
                        ":start", AttributeValue.fromS(start)))
                .scanIndexForward(true).limit(limit));
        List<Map<String, AttributeValue>> items = response.items();
        // Always a cursor when there were items: a poller keeps it and asks again later.
        String next = items.isEmpty() ? cursor
                : new PageCursor(TableLayout.CHANGES, items.get(items.size() - 1).get(TableLayout.SK).s(), CHANGES_FINGERPRINT).encode();
        return new ChangePage(items.stream().filter(i -> !mapper.isWithdrawal(i)).map(mapper::summary).toList(),
                items.stream().filter(mapper::isWithdrawal).map(mapper::withdrawal).toList(), next);
    }

    @Override
    public ChangePage newlyPublished(int limit) {
        List<Map<String, AttributeValue>> items = dynamo.query(q -> q.tableName(settings.table())
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", TableLayout.PK))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableLayout.PUBLISHED)))
                        .scanIndexForward(false).limit(limit))
                .items();
        return new ChangePage(items.stream().filter(i -> !mapper.isWithdrawal(i)).map(mapper::summary).toList(),
                items.stream().filter(mapper::isWithdrawal).map(mapper::withdrawal).toList(), null);
    }

    @Override
    public OptionalLong countIfCheap(HearingFilter filter) {
        List<List<String>> groups = Facets.of(filter);
        if (filter.text() != null || filter.from() != null || filter.to() != null || groups.size() > 1 || groups.size() == 1 && groups.get(0).size() > 1) {
            return OptionalLong.empty();
        }
        String facet = groups.isEmpty() ? TableLayout.ALL : groups.get(0).get(0);
        return OptionalLong.of(facetCounts.load().getOrDefault(facet, 0L));
    }

    private Page<HearingSummary> query(List<String> partitions, int first, List<List<String>> checked, SearchQuery search,
                                       HearingFilter filter, ListOrder order, int limit, PageCursor resume, String fingerprint) {
        int current = first;
        Map<String, String> names = new HashMap<>(Map.of("#pk", TableLayout.PK, "#sk", TableLayout.SK));
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        for (List<String> group : checked) {
            List<String> anyOf = new ArrayList<>();
            for (String facet : group) {
                String name = ":f" + values.size();
                values.put(name, AttributeValue.fromS(facet));
                anyOf.add("contains(#facets, " + name + ")");
            }
            conditions.add(anyOf.size() == 1 ? anyOf.get(0) : "(" + String.join(" OR ", anyOf) + ")");
        }
        if (!checked.isEmpty()) {
            names.put("#facets", HearingItemMapper.FACETS);
        }
        if (search != null) {
            // Each word or phrase as a run of whole terms in the entry's term stream.
            names.put("#text", HearingItemMapper.SEARCH_TEXT);
            for (List<String> clause : search.clauses()) {
                String name = ":t" + values.size();
                values.put(name, AttributeValue.fromS(" " + String.join(" ", clause) + " "));
                conditions.add("contains(#text, " + name + ")");
            }
        }
        List<TableLayout.SortKeyRange> ranges = order.byOfficers() ? List.of(new TableLayout.SortKeyRange("0", "~", null))
                : TableLayout.listRanges(filter.from(), filter.to(), order.ascending());
        if (order.byOfficers() && (filter.from() != null || filter.to() != null)) {
            // Keyed by officer count first, so the hearing date is checked as an attribute (same bounds as the key range).
            TableLayout.SortKeyRange dates = TableLayout.listRanges(filter.from(), filter.to(), false).get(0);
            names.put("#date", HearingItemMapper.INDEX_SORT_KEY);
            values.put(":dlo", AttributeValue.fromS(dates.low()));
            values.put(":dhi", AttributeValue.fromS(dates.high()));
            conditions.add("#date BETWEEN :dlo AND :dhi");
        }
        int range = resume == null ? 0 : TableLayout.rangeHolding(ranges, resume.lastSortKey());
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        Map<String, AttributeValue> startKey = resume == null || resume.fromStart() ? null
                : TableLayout.key(partitions.get(current), resume.lastSortKey());
        boolean more = true;
        boolean nextPartition = false;
        for (int request = 0; request < MAX_QUERIES && found.size() <= limit && more; request++) {
            values.put(":pk", AttributeValue.fromS(partitions.get(current)));
            values.put(":lo", AttributeValue.fromS(ranges.get(range).low()));
            values.put(":hi", AttributeValue.fromS(ranges.get(range).high()));
            QueryRequest.Builder q = QueryRequest.builder().tableName(settings.table())
                    .keyConditionExpression("#pk = :pk AND #sk BETWEEN :lo AND :hi")
                    .expressionAttributeNames(names).expressionAttributeValues(Map.copyOf(values))
                    .scanIndexForward(order.ascending())
                    .limit(conditions.isEmpty() ? limit + 1 - found.size() : FILTERED_QUERY_LIMIT)
                    .exclusiveStartKey(startKey);
            if (!conditions.isEmpty()) {
                q.filterExpression(String.join(" AND ", conditions));
            }
            QueryResponse response = dynamo.query(q.build());
            found.addAll(response.items());
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
            if (startKey == null && range + 1 < ranges.size()) {
                // The next range (oldest first: the hearings without a date, after the dated ones) from its start.
                range++;
                startKey = TableLayout.key(partitions.get(current), ranges.get(range).before());
            }
            nextPartition = startKey == null && current + 1 < partitions.size();
            if (nextPartition) {
                current++; // sorted by force: the next force's partition, from its start
                range = 0;
            }
            more = startKey != null || nextPartition;
        }
        List<Map<String, AttributeValue>> page = found.subList(0, Math.min(limit, found.size()));
        String next = null;
        if (found.size() > limit) {
            Map<String, AttributeValue> last = page.get(page.size() - 1);
            next = new PageCursor(last.get(TableLayout.PK).s(), last.get(TableLayout.SK).s(), fingerprint).encode();
        } else if (more) {
            // The request budget ran out before the page filled: resume where DynamoDB stopped.
            next = (nextPartition ? PageCursor.fromStart(partitions.get(current), fingerprint)
                    : new PageCursor(startKey.get(TableLayout.PK).s(), startKey.get(TableLayout.SK).s(), fingerprint)).encode();
        }
        return new Page<>(page.stream().map(mapper::summary).toList(), next);
    }
}
