package org.dateline.store.lucene;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of {@link LuceneStore} hits ends: the last hit's sort values (score, then {@link
 * LuceneDocuments#ID_ORDER}) and its Lucene document number, which only breaks ties between documents with
 * the same id value (none in indexes that have {@code id_order}). Written as URL-safe Base64 so a user can paste
 * it into a command line.
 *
 * @param score the last hit's score
 * @param doc   its document number in the reader that found it
 * @param id    its id, or null for a document without {@code id_order}
 */
record PageCursor(float score, int doc, String id) {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** The cursor after {@code last}, a hit sorted by {@link LuceneStore}'s sort. */
    static PageCursor after(FieldDoc last) {
        BytesRef id = (BytesRef) last.fields[1];
        return new PageCursor((Float) last.fields[0], last.doc, id == null ? null : id.utf8ToString());
    }

    /** What {@code searchAfter} continues from. */
    FieldDoc fieldDoc() {
        return new FieldDoc(doc, score, new Object[] {score, id == null ? null : new BytesRef(id)});
    }

    String encode() {
        String plain = Integer.toHexString(Float.floatToIntBits(score)) + ":" + doc + ":" + (id == null ? "" : "=" + id);
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException if {@code text} is not a cursor {@link #encode()} wrote; the message quotes it */
    static PageCursor decode(String text) {
        try {
            String[] parts = new String(DECODER.decode(text), StandardCharsets.UTF_8).split(":", 3);
            if (parts.length != 3 || !(parts[2].isEmpty() || parts[2].startsWith("="))) {
                throw new IllegalArgumentException("it has no score, document and id");
            }
            return new PageCursor(Float.intBitsToFloat(Integer.parseUnsignedInt(parts[0], 16)),
                    Integer.parseInt(parts[1]), parts[2].isEmpty() ? null : parts[2].substring(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a search cursor of this store: \"" + text + "\" ("
                    + e.getMessage() + ")", e);
        }
    }
}
