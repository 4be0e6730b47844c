package org.dateline.nlp;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * TokensRegex (so SUTime) tries every pattern at every token, and each attempt allocated room it almost never uses:
 * {@code SequenceMatcher$BranchStates} an index of the attempt's branches with room for 512 (a list and a hash table
 * of 512), and {@code SequenceMatcher$MatchedStates} two {@code Integer[128]} buffers, used only to compare two branch
 * paths when an attempt has several. {@link #install} defines four CoreNLP classes from their own bytes, edited,
 * before CoreNLP loads them: {@code SequenceMatcher} asks {@code FirstNodes} before each attempt whether the pattern's
 * match can start at that token at all (at most tokens it cannot, and the attempt is then not made); the index's first
 * room is {@link #ROOM} (it grows as an index does: a list in insertion order, a map used only for look-ups); the
 * buffers are this thread's two ({@link #firstPath}, {@link #secondPath}), of the same length, filled and read within
 * one comparison; and SUTime's text rules get their matchers from {@code TextPatterns}, which searches most texts with
 * ASCII case folding where that finds the same matches. Every match and every output stays the same; only the work and
 * the allocation are smaller.
 */
public final class MatcherRoom {
    /** The branch index's initial room: the 512 of CoreNLP's class becomes this. */
    static final int ROOM = 16;
    private static final int PATH = 128;
    private static final ThreadLocal<Integer[]> FIRST = ThreadLocal.withInitial(() -> new Integer[PATH]);
    private static final ThreadLocal<Integer[]> SECOND = ThreadLocal.withInitial(() -> new Integer[PATH]);
    private static final String ANCHOR = "edu.stanford.nlp.ling.tokensregex.SequenceMatchResult";
    private static final String MATCHER_CLASS = "SequenceMatcher.class";
    private static final String INDEX_CLASS = "SequenceMatcher$BranchStates.class";
    private static final String BUFFERS_CLASS = "SequenceMatcher$MatchedStates.class";
    private static final String TEXT_RULE_CLASS = "SequenceMatchRules$StringPatternExtractRule.class";
    private static final int SIPUSH = 0x11;
    private static final int DUP = 0x59;
    private static final int ALOAD_0 = 0x2a;
    private static final int ANEWARRAY = 0xbd;
    private static final int INVOKEVIRTUAL = 0xb6;
    private static final int INVOKESPECIAL = 0xb7;
    private static final int INVOKESTATIC = 0xb8;
    /** Where a class file holds its constant_pool_count. */
    private static final int CONSTANT_POOL_COUNT = 8;
    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int METHOD_REF = 10;
    private static final int NAME_AND_TYPE = 12;
    /** {@code find0} calls {@code findMatchStart} twice, {@code matches} once. */
    private static final int START_CALLS = 3;
    private static final String FIRST_NODES = "edu/stanford/nlp/ling/tokensregex/FirstNodes";
    private static final String TEXT_PATTERNS = "edu/stanford/nlp/ling/tokensregex/TextPatterns";
    /** A text rule calls {@code Pattern.matcher} in {@code extract} and in {@code apply}. */
    private static final int MATCHER_CALLS = 2;
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
                // a lookup into the package that loads nothing of the matcher's, whose own class is edited first
                Class<?> anchor = Class.forName(ANCHOR, false, MatcherRoom.class.getClassLoader());
                if (Class.forName(MatcherRoom.class.getName(), false, anchor.getClassLoader()) != MatcherRoom.class) {
                    return false;
                }
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(anchor, MethodHandles.lookup());
                // every class edited before any is defined: bytes of another shape leave all four CoreNLP's own
                List<byte[]> edited = List.of(startsChecked(bytes(anchor, MATCHER_CLASS)),
                        resized(bytes(anchor, INDEX_CLASS), ROOM), sharedBuffers(bytes(anchor, BUFFERS_CLASS)),
                        textsFolded(bytes(anchor, TEXT_RULE_CLASS)));
                for (byte[] classFile : edited) {
                    lookup.defineClass(classFile);
                }
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
        Appended appended = withStaticMethods(classFile, MatcherRoom.class.getName().replace('.', '/'),
                "()[Ljava/lang/Integer;", "firstPath", "secondPath");
        byte[] copy = appended.classFile();
        for (int i = 0; i < 2; i++) {
            int call = at[i] + appended.shift() + 1;
            Arrays.fill(copy, call, call + 6, (byte) 0); // nop
            setCall(copy, call, INVOKESTATIC, appended.methods()[i]);
        }
        return copy;
    }

    /**
     * {@code classFile} (CoreNLP's {@code SequenceMatcher}) with its three calls of its own
     * {@code findMatchStart(int, boolean)} ({@code invokespecial}) calling {@code FirstNodes.findMatchStart(matcher,
     * int, boolean)} instead ({@code invokestatic}: the same three bytes and the same stack, so no offset or frame
     * moves), that reference appended to the constant pool.
     *
     * @throws IllegalStateException unless the class refers to that method once and calls it three times
     */
    static byte[] startsChecked(byte[] classFile) {
        return redirected(classFile, INVOKESPECIAL, "findMatchStart", "(IZ)Z", START_CALLS, FIRST_NODES,
                "(Ledu/stanford/nlp/ling/tokensregex/SequenceMatcher;IZ)Z");
    }

    /**
     * {@code classFile} (CoreNLP's {@code SequenceMatchRules$StringPatternExtractRule}) with its two calls of
     * {@code Pattern.matcher(CharSequence)} ({@code invokevirtual}) calling {@code TextPatterns.matcher(Pattern,
     * CharSequence)} instead ({@code invokestatic}: the same three bytes and the same stack), that reference appended
     * to the constant pool.
     *
     * @throws IllegalStateException unless the class refers to that method once and calls it twice
     */
    static byte[] textsFolded(byte[] classFile) {
        return redirected(classFile, INVOKEVIRTUAL, "matcher", "(Ljava/lang/CharSequence;)Ljava/util/regex/Matcher;",
                MATCHER_CALLS, TEXT_PATTERNS, "(Ljava/util/regex/Pattern;Ljava/lang/CharSequence;)Ljava/util/regex/Matcher;");
    }

    /**
     * {@code classFile} with its {@code calls} calls ({@code opcode}) of the one method it refers to as {@code name
     * descriptor} calling the static method {@code owner.name staticDescriptor} instead, in the same three bytes.
     */
    private static byte[] redirected(byte[] classFile, int opcode, String name, String descriptor, int calls,
                                     String owner, String staticDescriptor) {
        int method = methodRef(classFile, name, descriptor);
        int[] at = occurrences(classFile, new int[] {opcode, method >> 8, method & 0xff}, calls);
        Appended appended = withStaticMethods(classFile, owner, staticDescriptor, name);
        byte[] copy = appended.classFile();
        for (int call : at) {
            setCall(copy, call + appended.shift(), INVOKESTATIC, appended.methods()[0]);
        }
        return copy;
    }

    private static void setCall(byte[] code, int at, int opcode, int method) {
        code[at] = (byte) opcode;
        code[at + 1] = (byte) (method >> 8);
        code[at + 2] = (byte) method;
    }

    /** A class file with entries appended to its constant pool: everything after the pool moved by {@code shift}. */
    private record Appended(byte[] classFile, int shift, int[] methods) {
    }

    /**
     * {@code classFile} with references to static methods {@code owner.name descriptor} appended to its constant pool,
     * one per name; {@link Appended#methods} are their indices, in the order of {@code names}.
     */
    private static Appended withStaticMethods(byte[] classFile, String owner, String descriptor, String... names) {
        int count = u2(classFile, CONSTANT_POOL_COUNT);
        int end = constantPoolEnd(classFile, count);
        int[] methods = new int[names.length];
        ByteArrayOutputStream appended = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(appended)) {
            out.writeByte(UTF8); // #count: the owner's name, #count+1 its class, #count+2 the descriptor
            out.writeUTF(owner);
            out.writeByte(CLASS);
            out.writeShort(count);
            out.writeByte(UTF8);
            out.writeUTF(descriptor);
            for (int i = 0; i < names.length; i++) {
                int name = count + 3 + 3 * i;
                out.writeByte(UTF8); // #name, #name+1 its name and type, #name+2 the method
                out.writeUTF(names[i]);
                out.writeByte(NAME_AND_TYPE);
                out.writeShort(name);
                out.writeShort(count + 2);
                out.writeByte(METHOD_REF);
                out.writeShort(count + 1);
                out.writeShort(name + 1);
                methods[i] = name + 2;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] pool = appended.toByteArray();
        byte[] copy = new byte[classFile.length + pool.length];
        System.arraycopy(classFile, 0, copy, 0, end);
        System.arraycopy(pool, 0, copy, end, pool.length);
        System.arraycopy(classFile, end, copy, end + pool.length, classFile.length - end);
        int newCount = count + 3 + 3 * names.length;
        copy[8] = (byte) (newCount >> 8);
        copy[9] = (byte) newCount;
        return new Appended(copy, pool.length, methods);
    }

    /**
     * The constant pool index of the one method reference named {@code name} with {@code descriptor}.
     *
     * @throws IllegalStateException unless there is exactly one
     */
    static int methodRef(byte[] classFile, String name, String descriptor) {
        int count = u2(classFile, CONSTANT_POOL_COUNT);
        int[] offsets = new int[count];
        constantPoolEnd(classFile, count, offsets);
        int found = -1;
        for (int index = 1; index < count; index++) {
            if (offsets[index] != 0 && classFile[offsets[index]] == METHOD_REF) {
                int nameAndType = offsets[u2(classFile, offsets[index] + 3)];
                if (utf8(classFile, offsets[u2(classFile, nameAndType + 1)]).equals(name)
                        && utf8(classFile, offsets[u2(classFile, nameAndType + 3)]).equals(descriptor)) {
                    if (found != -1) {
                        throw new IllegalStateException("two references to " + name + descriptor);
                    }
                    found = index;
                }
            }
        }
        if (found == -1) {
            throw new IllegalStateException("no reference to " + name + descriptor);
        }
        return found;
    }

    private static int u2(byte[] classFile, int at) {
        return (classFile[at] & 0xff) << 8 | (classFile[at + 1] & 0xff);
    }

    private static String utf8(byte[] classFile, int at) {
        return classFile[at] == UTF8
                ? new String(classFile, at + 3, u2(classFile, at + 1), StandardCharsets.UTF_8) : "";
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
        return constantPoolEnd(classFile, count, new int[count]);
    }

    /** As {@link #constantPoolEnd(byte[], int)}, noting in {@code offsets} where each entry starts (0: none). */
    private static int constantPoolEnd(byte[] classFile, int count, int[] offsets) {
        int at = 10;
        for (int index = 1; index < count; index++) {
            offsets[index] = at;
            int tag = classFile[at] & 0xff;
            at += switch (tag) {
                case 1 -> 3 + u2(classFile, at + 1);
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
