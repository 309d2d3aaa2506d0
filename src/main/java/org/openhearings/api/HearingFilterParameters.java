package org.openhearings.api;

import org.openhearings.domain.ConductCategory;
import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.HearingFilter;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.ListOrder;
import org.openhearings.domain.InvalidQueryException;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;

import java.time.LocalDate;
import java.util.List;

/**
 * The hearing-list filters as query parameters; shared by the JSON API and the search page. A vocabulary
 * filter takes several values separated by commas ({@code force=KENT,ESSEX}): any of them will do.
 */
public final class HearingFilterParameters {
    public static final List<String> NAMES = List.of("q", "force", "type", "category", "from", "to", "outcome", "finding",
            "standard", "rank", "status", "serving", "barredList", "generated");

    private HearingFilterParameters() {
    }

    /** {@code sort=-hearingDate} (the default: newest first), {@code sort=hearingDate} (oldest first), {@code force}, {@code ±officerCount}. */
    public static ListOrder order(QueryParameters q) {
        String sort = q.text("sort");
        if (sort == null || sort.equals("-hearingDate")) {
            return ListOrder.NEWEST_FIRST;
        }
        if (sort.equals("hearingDate")) {
            return ListOrder.OLDEST_FIRST;
        }
        if (sort.equals("force")) {
            return ListOrder.BY_FORCE;
        }
        if (sort.equals("-officerCount") || sort.equals("officerCount")) {
            return sort.startsWith("-") ? ListOrder.MOST_OFFICERS_FIRST : ListOrder.FEWEST_OFFICERS_FIRST;
        }
        throw new InvalidQueryException("sort", "\"" + sort + "\" is not a sort this list offers; use hearingDate "
                + "(oldest first), -hearingDate (newest first, the default), force (A to Z, newest first within each), "
                + "-officerCount (most officers first) or officerCount (fewest first)");
    }

    public static HearingFilter parse(QueryParameters q) {
        LocalDate from = q.dateBound("from", false);
        LocalDate to = q.dateBound("to", true);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidQueryException("to", "is before from");
        }
        return new HearingFilter(q.enumValues("force", Force.class), q.enumValues("type", HearingType.class),
                q.enumValues("category", ConductCategory.class), from, to,
                q.enumValues("outcome", Outcome.class), q.enumValues("finding", Finding.class),
                q.enumValues("standard", Standard.class), q.enumValues("rank", Rank.class),
                q.enumValues("status", OfficerStatus.class), q.bool("serving"), q.bool("barredList"),
                q.bool("generated"), q.freeText("q")); // analysed (and refused if bad) by the reader, before any read
    }
}
