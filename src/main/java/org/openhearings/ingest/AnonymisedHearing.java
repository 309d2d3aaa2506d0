package org.openhearings.ingest;

import org.openhearings.domain.Hearing;

/** A record ready to publish, and the operator's reason for this revision (anonymised too), if one was given. */
public record AnonymisedHearing(Hearing hearing, String correctionReason) {
}
