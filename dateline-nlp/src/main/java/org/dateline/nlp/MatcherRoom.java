package org.dateline.nlp;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * TokensRegex (so SUTime) tries every pattern at every token, and each attempt allocated room it almost never uses:
 * {@code SequenceMatcher$BranchStates} an index of the attempt's branches with room for 512 (a list and a hash table
 * of 512), and {@code SequenceMatcher$MatchedStates} two {@code Integer[128]} buffers, used only to compare two branch
 * paths when an attempt has several. {@link #install} defines those two CoreNLP classes from their own bytes, edited,
 * before CoreNLP loads them: the index's first room is {@link #ROOM} (it grows as an index does: a list in insertion
 * order, a map used only for look-ups), and the buffers are this thread's two ({@link #firstPath}, {@link #secondPath}),
 * of the same length, filled and read within one comparison. Every match and every output stays the same; only the
 * allocation is smaller.
 */
public final class MatcherRoom {
    /** The branch index's initial room: the 512 of CoreNLP's class becomes this. */
    static final int ROOM = 16;
    private static final int PATH = 128;
    private static final ThreadLocal<Integer[]> FIRST = ThreadLocal.withInitial(() -> new Integer[PATH]);
    private static final ThreadLocal<Integer[]> SECOND = ThreadLocal.withInitial(() -> new Integer[PATH]);
    private static final String OWNER = "edu.stanford.nlp.ling.tokensregex.SequenceMatcher";
    private static final String INDEX_CLASS = "SequenceMatcher$BranchStates.class";
    private static final String BUFFERS_CLASS = "SequenceMatcher$MatchedStates.class";
    private static final int SIPUSH = 0x11;
    private static final int DUP = 0x59;
    private static final int ALOAD_0 = 0x2a;
    private static final int ANEWARRAY = 0xbd;
    private static final int INVOKESPECIAL = 0xb7;
    private static final int INVOKESTATIC = 0xb8;
    private static final int INDEX_ROOM = 512;
    private static boolean installed;

    private MatcherRoom() {
    }

    /** This thread's first path buffer; called by CoreNLP's edited {@code SequenceMatcher$MatchedStates} only. */
    public static Integer[] firstPath() {
        return FIRST.get();
    }

    /** This thread's second path buffer; called by CoreNLP's edited {@code SequenceMatcher$MatchedStates} only. */
    public static Integer[] secondPath() {
        return SECOND.get();
    }

    /**
     * Defines the edited classes once per process; false where one could not be (CoreNLP had loaded it already, its
     * bytes are not those this was written for, or its class loader does not see this class), CoreNLP's own class then
     * being used for it.
     */
    static synchronized boolean install() {
        if (!installed) {
            try {
                Class<?> owner = Class.forName(OWNER);
                if (Class.forName(MatcherRoom.class.getName(), false, owner.getClassLoader()) != MatcherRoom.class) {
                    return false;
                }
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
                lookup.defineClass(resized(bytes(owner, INDEX_CLASS), ROOM));
                lookup.defineClass(sharedBuffers(bytes(owner, BUFFERS_CLASS)));
                installed = true;
            } catch (LinkageError | ReflectiveOperationException | IllegalArgumentException | IllegalStateException e) {
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return true;
    }

    private static byte[] bytes(Class<?> owner, String classFile) throws IOException {
        try (InputStream in = owner.getResourceAsStream(classFile)) {
            return in.readAllBytes();
        }
    }

    /**
     * {@code classFile} with the operand of its one {@code dup; sipush 512; invokespecial} (the index's constructor
     * call) set to {@code capacity}.
     *
     * @throws IllegalStateException unless that sequence occurs exactly once
     */
    static byte[] resized(byte[] classFile, int capacity) {
        int[] at = occurrences(classFile, new int[] {DUP, SIPUSH, INDEX_ROOM >> 8, INDEX_ROOM & 0xff, INVOKESPECIAL}, 1);
        byte[] copy = classFile.clone();
        copy[at[0] + 2] = (byte) (capacity >> 8);
        copy[at[0] + 3] = (byte) capacity;
        return copy;
    }

    /**
     * {@code classFile} with its two {@code aload_0; sipush 128; anewarray} (the path buffers' allocations) calling
     * {@link #firstPath} and {@link #secondPath} instead, in that order ({@code invokestatic} and three {@code nop}
     * in the six bytes of the two instructions, so no other offset moves), their references appended to the constant
     * pool.
     *
     * @throws IllegalStateException unless that sequence occurs exactly twice
     */
    static byte[] sharedBuffers(byte[] classFile) {
        int[] at = occurrences(classFile, new int[] {ALOAD_0, SIPUSH, PATH >> 8, PATH & 0xff, ANEWARRAY}, 2);
        int count = (classFile[8] & 0xff) << 8 | (classFile[9] & 0xff);
        int end = constantPoolEnd(classFile, count);
        String owner = MatcherRoom.class.getName().replace('.', '/');
        ByteArrayOutputStream appended = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(appended)) {
            out.writeByte(1); // #count: the owner's name, #count+1 its class, #count+2 the descriptor
            out.writeUTF(owner);
            out.writeByte(7);
            out.writeShort(count);
            out.writeByte(1);
            out.writeUTF("()[Ljava/lang/Integer;");
            String[] methods = {"firstPath", "secondPath"};
            for (int i = 0; i < methods.length; i++) {
                int name = count + 3 + 3 * i;
                out.writeByte(1); // #name, #name+1 its name and type, #name+2 the method
                out.writeUTF(methods[i]);
                out.writeByte(12);
                out.writeShort(name);
                out.writeShort(count + 2);
                out.writeByte(10);
                out.writeShort(count + 1);
                out.writeShort(name + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] pool = appended.toByteArray();
        byte[] copy = new byte[classFile.length + pool.length];
        System.arraycopy(classFile, 0, copy, 0, end);
        System.arraycopy(pool, 0, copy, end, pool.length);
        System.arraycopy(classFile, end, copy, end + pool.length, classFile.length - end);
        int newCount = count + 9;
        copy[8] = (byte) (newCount >> 8);
        copy[9] = (byte) newCount;
        for (int i = 0; i < 2; i++) {
            int call = at[i] + pool.length + 1;
            int method = count + 5 + 3 * i;
            Arrays.fill(copy, call, call + 6, (byte) 0); // nop
            copy[call] = (byte) INVOKESTATIC;
            copy[call + 1] = (byte) (method >> 8);
            copy[call + 2] = (byte) method;
        }
        return copy;
    }

    private static int[] occurrences(byte[] classFile, int[] code, int expected) {
        int[] at = new int[expected];
        int found = 0;
        for (int i = 0; i + code.length <= classFile.length; i++) {
            int j = 0;
            while (j < code.length && (classFile[i + j] & 0xff) == code[j]) {
                j++;
            }
            if (j == code.length) {
                if (found == expected) {
                    throw new IllegalStateException("more than " + expected + " of " + Arrays.toString(code));
                }
                at[found++] = i;
            }
        }
        if (found < expected) {
            throw new IllegalStateException(found + " of " + Arrays.toString(code) + ", not " + expected);
        }
        return at;
    }

    /** The offset just after the constant pool of {@code count} (the class file's constant_pool_count) entries. */
    private static int constantPoolEnd(byte[] classFile, int count) {
        int at = 10;
        for (int index = 1; index < count; index++) {
            int tag = classFile[at] & 0xff;
            at += switch (tag) {
                case 1 -> 3 + ((classFile[at + 1] & 0xff) << 8 | (classFile[at + 2] & 0xff));
                case 7, 8, 16, 19, 20 -> 3;
                case 15 -> 4;
                case 3, 4, 9, 10, 11, 12, 17, 18 -> 5;
                case 5, 6 -> 9;
                default -> throw new IllegalStateException("constant pool tag " + tag);
            };
            if (tag == 5 || tag == 6) {
                index++;
            }
        }
        return at;
    }
}
