package org.openhearings.draft;

import org.openhearings.domain.PartialDate;

import java.util.List;

/**
 * A date as prose gives it, at its place in the sentence: one date ("in March 2021", "on 5 October 2023"),
 * several days ("on 3 and 4 May 2023") or a range ("between May 2016 and June 2018", "2 to 5 October").
 * A range holds its two ends.
 */
record ProseDate(int start, int end, List<PartialDate> dates, boolean range) {
    PartialDate first() {
        return dates.get(0);
    }

    PartialDate last() {
        return dates.get(dates.size() - 1);
    }
}
