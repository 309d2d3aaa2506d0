package org.openhearings.domain;

/**
 * The terms an outcome carries where the source states them: how long a written warning, final written
 * warning or its extension lasts (in months: "two years" is 24), and the rank an officer is reduced to.
 * Either may be null: not stated.
 */
public record OutcomeTerms(Integer warningMonths, Rank reducedTo) {
}
