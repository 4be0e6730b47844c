package org.dateline.eval;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * One gold attribution relation.
 *
 * @param content the character offsets of the content (all fragments of a discontinuous span)
 * @param source  the source as written, or null when the attribution has none
 * @param cue     the cue as written, lower-cased and stripped ("" when none)
 */
public record PolnearAttribution(BitSet content, String source, String cue) {
    /** The cues the reference scorer counts as plain speech. */
    private static final Pattern SPEECH = Pattern.compile("^(said|says|say|saying|told|tells|tell|added|adds"
            + "|according to|wrote|writes|asked|asks|noted|notes|stated|states|announced|announces|tweeted"
            + "|tweets|declared|explained|argued|insisted|claimed|claims|warned|replied|responded|continued"
            + "|acknowledged|admitted|suggested|stressed|emphasized|told reporters|:)$");

    public PolnearAttribution {
        content = (BitSet) content.clone();
    }

    @Override
    public BitSet content() {
        return (BitSet) content.clone();
    }

    public boolean speechCue() {
        return SPEECH.matcher(cue).matches();
    }

    /** Characters shared with the half-open range {@code [start, end)}. */
    public int overlap(int start, int end) {
        BitSet range = new BitSet();
        range.set(start, Math.max(start, end));
        range.and(content);
        return range.cardinality();
    }
}
