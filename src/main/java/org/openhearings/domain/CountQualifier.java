package org.openhearings.domain;

/** How a published figure is qualified: "more than 6,000 messages" is not "6,000 messages". */
public enum CountQualifier { EXACTLY, MORE_THAN, ABOUT, FEWER_THAN }
