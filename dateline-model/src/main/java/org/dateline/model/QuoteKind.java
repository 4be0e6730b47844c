package org.dateline.model;

/** {@code DIRECT}: in quotation marks; {@code INDIRECT}: reported speech; {@code MIXED}: reported speech with a quoted fragment. */
public enum QuoteKind { DIRECT, INDIRECT, MIXED }
