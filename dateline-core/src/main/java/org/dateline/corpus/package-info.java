/**
 * The corpus stage: what can only be known across articles. It reads {@code org.dateline.model} records and
 * plain values, never the NLP layer. {@link org.dateline.corpus.NearDuplicates} finds copies and light
 * rewrites of one text (syndication) and names the original of each group and the outlets that carried it.
 *
 * <p>Use in the pipeline: add every article ({@link org.dateline.corpus.NearDuplicates#find} for a batch, or
 * {@code add} per article for a growing store), set {@code duplicate_of} with
 * {@link org.dateline.corpus.DuplicateGroups#apply}, count the facts of originals only, and give each quote or
 * event of an original the outlets of {@link org.dateline.corpus.DuplicateGroups#outlets()} for it.
 */
package org.dateline.corpus;
