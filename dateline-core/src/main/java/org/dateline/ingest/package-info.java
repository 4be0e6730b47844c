/**
 * Ingestion: files and folders in, {@link org.dateline.model.RawPage}s out. {@link org.dateline.ingest.Inputs}
 * walks the inputs and gives each file to the first {@link org.dateline.ingest.PageReader} that recognises
 * it by name and first bytes (decompressed first, for a gzip file): WARC, RSS/Atom feeds, HTML, JSONL, plain
 * text. All HTML, whatever it came in, becomes a page through one path (decoding, size cap, missing body).
 * Nothing here throws for bad content: an input that cannot be used is a problem naming it (and its line, item
 * or WARC record offset), an oddity of an input that was read is a warning on its page. Nothing here goes to
 * the network unless given a {@link org.dateline.ingest.LinkFetcher}.
 */
package org.dateline.ingest;
