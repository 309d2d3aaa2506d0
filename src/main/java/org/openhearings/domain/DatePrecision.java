package org.openhearings.domain;

/** How precisely a published date is known: many accounts give only a month ("March 2021"). */
public enum DatePrecision { YEAR, MONTH, DAY }
