package org.dateline.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;

/**
 * TokensRegex (so SUTime) builds, for every attempt of every pattern at every token, an index of the attempt's
 * branches created with room for 512 (an array of 512 and a hash table of 512 slots), where an attempt holds a handful;
 * that allocation was half of the analysis's. {@link #install} defines CoreNLP's class
 * {@code SequenceMatcher$BranchStates} from its own bytes with that one constant set to {@link #CAPACITY} before
 * CoreNLP loads it. The index grows as an index does (a list in insertion order and a map used only for look-ups),
 * so every match and every output stays the same; only the first allocation is smaller.
 */
final class BranchIndex {
    /** The index's initial room: the 512 of CoreNLP's class becomes this. */
    static final int CAPACITY = 16;
    private static final String OWNER = "edu.stanford.nlp.ling.tokensregex.SequenceMatcher";
    private static final String CLASS_FILE = "SequenceMatcher$BranchStates.class";
    private static final int SIPUSH = 0x11;
    private static final int DUP = 0x59;
    private static final int INVOKESPECIAL = 0xb7;
    private static final int ORIGINAL = 512;
    private static boolean installed;

    private BranchIndex() {
    }

    /**
     * Defines the resized class once per process; false where it could not be (CoreNLP had loaded the class already,
     * or its bytes are not those this was written for), CoreNLP's own class then being used.
     */
    static synchronized boolean install() {
        if (!installed) {
            try {
                Class<?> owner = Class.forName(OWNER);
                byte[] bytes;
                try (InputStream in = owner.getResourceAsStream(CLASS_FILE)) {
                    bytes = in.readAllBytes();
                }
                MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).defineClass(resized(bytes, CAPACITY));
                installed = true;
            } catch (LinkageError | ReflectiveOperationException | IllegalArgumentException | IllegalStateException e) {
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return true;
    }

    /**
     * {@code classFile} with the operand of its one {@code dup; sipush 512; invokespecial} (the index's constructor
     * call) set to {@code capacity}.
     *
     * @throws IllegalStateException unless that sequence occurs exactly once
     */
    static byte[] resized(byte[] classFile, int capacity) {
        int at = -1;
        for (int i = 0; i + 4 < classFile.length; i++) {
            if ((classFile[i] & 0xff) == DUP && (classFile[i + 1] & 0xff) == SIPUSH
                    && ((classFile[i + 2] & 0xff) << 8 | (classFile[i + 3] & 0xff)) == ORIGINAL
                    && (classFile[i + 4] & 0xff) == INVOKESPECIAL) {
                if (at >= 0) {
                    throw new IllegalStateException("more than one constructor call with " + ORIGINAL);
                }
                at = i;
            }
        }
        if (at < 0) {
            throw new IllegalStateException("no constructor call with " + ORIGINAL);
        }
        byte[] copy = classFile.clone();
        copy[at + 2] = (byte) (capacity >> 8);
        copy[at + 3] = (byte) capacity;
        return copy;
    }
}
