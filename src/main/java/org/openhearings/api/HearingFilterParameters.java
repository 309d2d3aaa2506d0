package org.openhearings.api;

import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.HearingFilter;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.InvalidQueryException;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;

import java.time.LocalDate;
import java.util.List;

/** The hearing-list filters as query parameters; shared by the JSON API and the search page. */
public final class HearingFilterParameters {
    public static final List<String> NAMES = List.of("force", "type", "from", "to", "outcome", "finding",
            "standard", "rank", "status", "serving", "barredList", "generated");

    private HearingFilterParameters() {
    }

    public static HearingFilter parse(QueryParameters q) {
        LocalDate from = q.dateBound("from", false);
        LocalDate to = q.dateBound("to", true);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidQueryException("to", "is before from");
        }
        return new HearingFilter(q.enumValue("force", Force.class), q.enumValue("type", HearingType.class), from, to,
                q.enumValue("outcome", Outcome.class), q.enumValue("finding", Finding.class),
                q.enumValue("standard", Standard.class), q.enumValue("rank", Rank.class),
                q.enumValue("status", OfficerStatus.class), q.bool("serving"), q.bool("barredList"),
                q.bool("generated"));
    }
}
