package org.openhearings.store;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.HearingSummary;
import org.openhearings.domain.Withdrawal;
import org.openhearings.search.SearchText;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hearing records to and from DynamoDB items. The record travels as one JSON document (it is always
 * read whole); beside it stand the attributes ingest needs to revise it without reading the document.
 */
@Singleton
public class HearingItemMapper {
    static final String DOC = "doc";
    static final String CARD = "card";
    static final String WITHDRAWAL = "withdrawal";
    static final String FACETS = "facets";
    static final String CONTENT_HASH = "contentHash";
    static final String REVISION = "revision";
    static final String FIRST_PUBLISHED = "firstPublished";
    static final String INDEX_SORT_KEY = "indexSortKey";
    static final String CHANGE_SORT_KEY = "changeSortKey";
    /** On the record: the terms its search entries are under, the revision they were last completed at, and entries still to delete. */
    static final String SEARCH_TERMS = "searchTerms";
    static final String SEARCH_REVISION = "searchRevision";
    static final String SEARCH_STALE = "searchStale";
    /** On a search entry: the record's terms in order, for the filter expression of the other words. */
    static final String SEARCH_TEXT = "text";

    private final JsonMapper json;

    public HearingItemMapper(JsonMapper json) {
        this.json = json;
    }

    Map<String, AttributeValue> hearingItem(Hearing h, String contentHash, Set<String> facets) {
        Map<String, AttributeValue> item = new HashMap<>(TableLayout.hearingKey(h.id()));
        item.put(DOC, AttributeValue.fromS(write(h)));
        item.put(FACETS, AttributeValue.fromSs(facets.stream().toList()));
        item.put(CONTENT_HASH, AttributeValue.fromS(contentHash));
        item.put(REVISION, AttributeValue.fromN(Integer.toString(h.publication().revision())));
        item.put(FIRST_PUBLISHED, AttributeValue.fromS(h.publication().firstPublished().toString()));
        item.put(INDEX_SORT_KEY, AttributeValue.fromS(TableLayout.indexSortKey(h.outcomeDate(), h.id())));
        item.put(CHANGE_SORT_KEY, AttributeValue.fromS(changeSortKey(h)));
        return item;
    }

    /** The hearing's entry in the list by officer count. */
    Map<String, AttributeValue> officerEntry(Hearing h, Set<String> facets) {
        return officerEntry(h, facets, AttributeValue.fromS(write(HearingSummary.of(h))));
    }

    private static Map<String, AttributeValue> officerEntry(Hearing h, Set<String> facets, AttributeValue card) {
        Map<String, AttributeValue> entry = entry(officerKey(h), card);
        entry.put(FACETS, AttributeValue.fromSs(facets.stream().toList()));
        entry.put(INDEX_SORT_KEY, AttributeValue.fromS(TableLayout.indexSortKey(h.outcomeDate(), h.id()))); // a date range is a filter here
        return entry;
    }

    static Map<String, AttributeValue> officerKey(Hearing h) {
        return TableLayout.key(TableLayout.BY_OFFICERS, TableLayout.officerSortKey(h.officerCount(), TableLayout.indexSortKey(h.outcomeDate(), h.id())));
    }

    static String changeSortKey(Hearing h) {
        return TableLayout.timeSortKey(h.publication().lastUpdated(), h.id());
    }

    /**
     * Every item that lists the hearing by its card (serialized once): an index entry under each of its
     * facets, its entry in the list by officer count, its change-feed entry (latest creation or revision) and its publication-feed entry (whose
     * key never changes; its card follows revisions).
     */
    List<Map<String, AttributeValue>> listEntries(Hearing h, Set<String> facets) {
        AttributeValue card = AttributeValue.fromS(write(HearingSummary.of(h)));
        List<Map<String, AttributeValue>> entries = new ArrayList<>();
        for (String facet : facets) {
            Map<String, AttributeValue> entry = entry(TableLayout.indexKey(facet, TableLayout.indexSortKey(h.outcomeDate(), h.id())), card);
            entry.put(FACETS, AttributeValue.fromSs(facets.stream().toList()));
            entries.add(entry);
        }
        entries.add(officerEntry(h, facets, card));
        entries.add(entry(TableLayout.key(TableLayout.CHANGES, changeSortKey(h)), card));
        entries.add(entry(TableLayout.key(TableLayout.PUBLISHED, TableLayout.timeSortKey(h.publication().firstPublished(), h.id())), card));
        return entries;
    }

    /** The hearing's search entries: one per term of its text, each with its card, facets and the whole term stream. */
    List<Map<String, AttributeValue>> searchEntries(Hearing h, Set<String> facets, SearchText text) {
        AttributeValue card = AttributeValue.fromS(write(HearingSummary.of(h)));
        AttributeValue facetSet = AttributeValue.fromSs(facets.stream().toList());
        AttributeValue stream = AttributeValue.fromS(text.stream());
        String sortKey = TableLayout.indexSortKey(h.outcomeDate(), h.id());
        List<Map<String, AttributeValue>> entries = new ArrayList<>();
        for (String term : text.terms()) {
            Map<String, AttributeValue> entry = entry(TableLayout.searchKey(term, sortKey), card);
            entry.put(FACETS, facetSet);
            entry.put(SEARCH_TEXT, stream);
            entries.add(entry);
        }
        return entries;
    }

    private static Map<String, AttributeValue> entry(Map<String, AttributeValue> key, AttributeValue card) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put(CARD, card);
        return item;
    }

    Hearing hearing(Map<String, AttributeValue> item) {
        return read(item.get(DOC).s(), Hearing.class);
    }

    HearingSummary summary(Map<String, AttributeValue> item) {
        return read(item.get(CARD).s(), HearingSummary.class);
    }

    /** The entries announcing a withdrawal, at the time it was taken down: in the change list and the feed. */
    List<Map<String, AttributeValue>> withdrawalEntries(Withdrawal w) {
        List<Map<String, AttributeValue>> entries = new ArrayList<>();
        for (String partition : List.of(TableLayout.CHANGES, TableLayout.PUBLISHED)) {
            Map<String, AttributeValue> entry = new HashMap<>(TableLayout.key(partition, TableLayout.timeSortKey(w.time(), w.id())));
            entry.put(WITHDRAWAL, AttributeValue.fromS(write(w)));
            entries.add(entry);
        }
        return entries;
    }

    /** A change-list entry is a withdrawal or a card. */
    boolean isWithdrawal(Map<String, AttributeValue> item) {
        return item.containsKey(WITHDRAWAL);
    }

    Withdrawal withdrawal(Map<String, AttributeValue> item) {
        return read(item.get(WITHDRAWAL).s(), Withdrawal.class);
    }

    /** The published fields that differ between two versions of a record (publication data aside). */
    List<String> changedFields(Hearing before, Hearing after) {
        try {
            return ChangedFields.between(json.writeValueToTree(before), json.writeValueToTree(after));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
