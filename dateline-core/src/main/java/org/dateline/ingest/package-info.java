/**
 * Ingestion: files and folders in, {@link org.dateline.model.RawPage}s out. {@link org.dateline.ingest.Inputs}
 * walks the inputs and gives each file to the first {@link org.dateline.ingest.PageReader} that recognises
 * it by name and first bytes. Nothing here throws for bad content: an input that cannot be used is a
 * problem naming it (and its line), an oddity of an input that was read is a warning on its page.
 */
package org.dateline.ingest;
