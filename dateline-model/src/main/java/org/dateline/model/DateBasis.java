package org.dateline.model;

/**
 * What the date of a quote or event rests on: {@code SENTENCE}, a time expression in the fact's own
 * sentence; {@code DATELINE}, the date of the article's dateline; {@code PUBLISHED}, the article's
 * publication day. Written in lower case in the output contract ({@code date_basis}).
 */
public enum DateBasis { SENTENCE, DATELINE, PUBLISHED }
