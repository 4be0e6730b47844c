/**
 * The corpus stage: what can only be known across articles. It reads {@code org.dateline.model} records and
 * plain values, never the NLP layer. {@link org.dateline.corpus.NearDuplicates} finds copies and light
 * rewrites of one text (syndication) and names the original of each group and the outlets that carried it.
 */
package org.dateline.corpus;
