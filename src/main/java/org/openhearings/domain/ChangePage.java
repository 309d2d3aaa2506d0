package org.openhearings.domain;

import java.util.List;

/** One page of the change list, oldest first: records created or revised, and records withdrawn. */
public record ChangePage(List<HearingSummary> items, List<Withdrawal> withdrawals, String nextCursor) {
    public ChangePage {
        items = List.copyOf(items);
        withdrawals = List.copyOf(withdrawals);
    }
}
