package org.dateline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A seeded random mutator of seed inputs: byte flips, inserted, deleted and duplicated ranges, two seeds
 * spliced, truncation, and tokens known to upset readers (NUL, markup, quote runs, huge or negative numbers,
 * CR/LF, byte-order marks, invalid UTF-8, deep nesting, very long lines), now and then a gzip bomb. The same seed gives the same
 * inputs, in the same order.
 */
final class FuzzMutator {
    /** The largest input made; bigger results are cut here. */
    static final int MAX_BYTES = 4 << 20;

    private static final List<byte[]> TOKENS = List.of(
            new byte[]{0}, bytes("<"), bytes(">"), bytes("\"\"\"\"\"\"\"\""), bytes("\r\n"), bytes("\r\n\r\n"), bytes("\r"),
            new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[]{(byte) 0xFE, (byte) 0xFF}, new byte[]{(byte) 0xFF, (byte) 0xFE},
            new byte[]{(byte) 0xC0, (byte) 0x80}, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xFF},
            new byte[]{(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[]{(byte) 0xE2, (byte) 0x82},
            bytes("Content-Length: 99999999999999999999\r\n"), bytes("Content-Length: 9223372036854775807\r\n"),
            bytes("Content-Length: -1\r\n"), bytes("Content-Length: 0\r\n"), bytes("WARC/1.0\r\n"), bytes("\nWARC/1.1\r\n"),
            new byte[]{0x1F, (byte) 0x8B, 0x08}, bytes("<![CDATA["), bytes("]]>"), bytes("<!--"), bytes("-->"), bytes("<script>"),
            bytes("</p>"), bytes("<p>"), bytes("&#xFFFFFFFF;"), bytes("&#0;"), bytes("&amp"), bytes("<!DOCTYPE x [<!ENTITY e \"ee\">]>"),
            bytes("{"), bytes("}"), bytes("["), bytes("\\u0000"), bytes("\\ud800"), bytes("\":\""), bytes("said:"),
            bytes("Related news\n"), bytes("1. Reader said:\n"), bytes("MOSCOW, Nov. 20 (Xinhua) -- "), bytes("9999-99-99T99:99:99Z"),
            bytes("-99999999999999999999"), bytes("1e999999"), bytes("<rss>"), bytes("<feed>"), bytes("<html>"));

    /** How rarely an input carries the gzip bomb (reading one costs seconds). */
    private static final int BOMB_ONE_IN = 150;
    /**
     * How much the bomb inflates to (256 MiB): four times more than any reader may hold. WARCs never get one: jwarc
     * parses a bomb's bytes as a record header at 100 to 400 ns a byte, which no limit of ours can stop (an open issue).
     */
    private static final long BOMB_BYTES = 1L << 28;

    private final Random random;
    private final List<FuzzSeeds.Seed> seeds;

    FuzzMutator(long seed, List<FuzzSeeds.Seed> seeds) {
        this.random = new Random(seed);
        this.seeds = List.copyOf(seeds);
    }

    /** The next input: a seed (its name sometimes changed) with one to four mutations, sometimes gzip-compressed. */
    FuzzSeeds.Seed next() {
        FuzzSeeds.Seed seed = seeds.get(random.nextInt(seeds.size()));
        byte[] bytes = seed.bytes();
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            bytes = mutate(bytes);
            if (bytes.length > MAX_BYTES) {
                bytes = Arrays.copyOf(bytes, MAX_BYTES);
            }
        }
        String name = seed.name();
        boolean gzip = InputFile.isGzip(bytes);
        if (!gzip && !name.contains(".warc") && random.nextInt(BOMB_ONE_IN) == 0) {
            int cut = random.nextInt(bytes.length + 1);
            bytes = join(join(FuzzSeeds.gzip(Arrays.copyOf(bytes, cut)), Bomb.BYTES), FuzzSeeds.gzip(Arrays.copyOfRange(bytes, cut, bytes.length)));
            name = name + ".gz";
        } else if (!gzip && random.nextInt(10) == 0) {
            bytes = FuzzSeeds.gzip(bytes);
            name = name + ".gz";
        }
        if (random.nextInt(10) == 0) {
            name = List.of("input", "page.htm", "notes.text", "dump.ndjson", "feed.xml", "x.warc").get(random.nextInt(6));
        }
        return new FuzzSeeds.Seed(name, bytes);
    }

    private byte[] mutate(byte[] in) {
        return switch (random.nextInt(10)) {
            case 0 -> flip(in);
            case 1 -> insert(in, randomBytes(1 + random.nextInt(32)));
            case 2 -> delete(in);
            case 3 -> duplicate(in);
            case 4 -> splice(in);
            case 5 -> in.length == 0 ? in : Arrays.copyOf(in, random.nextInt(in.length));
            case 6 -> insert(in, repeat(TOKENS.get(random.nextInt(TOKENS.size())), 1 + (random.nextBoolean() ? 0 : random.nextInt(64))));
            case 7 -> insert(in, nesting());
            case 8 -> insert(in, longLine());
            default -> replaceNumber(in);
        };
    }

    /**
     * A gzip member of a few megabytes that inflates to {@link #BOMB_BYTES} bytes of {@code x} and no line break; put
     * between the gzipped halves of an input, it makes a multi-member gzip file. Made once, when first used (it
     * takes seconds).
     */
    private static final class Bomb {
        static final byte[] BYTES = make();

        private static byte[] make() {
            byte[] run = new byte[1 << 20];
            Arrays.fill(run, (byte) 'x');
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
                for (long n = 0; n < BOMB_BYTES; n += run.length) {
                    gz.write(run);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    private byte[] flip(byte[] in) {
        byte[] out = in.clone();
        for (int i = 1 + random.nextInt(8); i > 0 && out.length > 0; i--) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private byte[] delete(byte[] in) {
        if (in.length == 0) {
            return in;
        }
        int from = random.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + random.nextInt(Math.min(in.length, 256)));
        return join(Arrays.copyOfRange(in, 0, from), Arrays.copyOfRange(in, to, in.length));
    }

    /** A range of the input inserted again, once or many times over. */
    private byte[] duplicate(byte[] in) {
        if (in.length == 0) {
            return in;
        }
        int from = random.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + random.nextInt(Math.min(in.length, 512)));
        int times = random.nextBoolean() ? 1 : 1 + random.nextInt(2000);
        return insert(in, repeat(Arrays.copyOfRange(in, from, to), times));
    }

    /** The head of this input with the tail of another seed. */
    private byte[] splice(byte[] in) {
        byte[] other = seeds.get(random.nextInt(seeds.size())).bytes();
        int cut = random.nextInt(in.length + 1);
        int from = random.nextInt(other.length + 1);
        return join(Arrays.copyOf(in, cut), Arrays.copyOfRange(other, from, other.length));
    }

    /** Deeply nested markup or JSON. */
    private byte[] nesting() {
        String open = List.of("<div>", "<b><i>", "<table><tr><td>", "<p>", "<span class=x>", "<a href=x>", "{\"a\":", "[", "<ul><li>",
                "<item>", "<div>a ", "<section><p>b</p>", "<blockquote>Word ", "<entry><title>t</title>").get(random.nextInt(14));
        return repeat(bytes(open), 100 + random.nextInt(20_000));
    }

    /** One very long line: a character repeated, or a short token repeated, without a line break. */
    private byte[] longLine() {
        String unit = List.of(" ", ":", "»", "|", "-", "x", ".", "a ", "\t", "\u00A0", "…", ">", "\"", "1", ", ").get(random.nextInt(15));
        byte[] run = repeat(bytes(unit), 1000 + random.nextInt(300_000));
        return random.nextBoolean() ? join(run, bytes("x")) : run;
    }

    /** A run of digits (often a {@code Content-Length}) replaced by a huge, negative, zero or slightly wrong number. */
    private byte[] replaceNumber(byte[] in) {
        int start = random.nextBoolean() ? lengthValue(in) : -1;
        for (int tries = 0; tries < 16 && in.length > 0 && start < 0; tries++) {
            int at = random.nextInt(in.length);
            if (Character.isDigit(in[at])) {
                start = at;
            }
        }
        if (start < 0) {
            return insert(in, bytes("99999999999999999999"));
        }
        while (start > 0 && Character.isDigit(in[start - 1])) {
            start--;
        }
        int end = start;
        while (end < in.length && Character.isDigit(in[end])) {
            end++;
        }
        String digits = new String(in, start, end - start, StandardCharsets.US_ASCII);
        String near = digits.length() < 10 ? String.valueOf(Long.parseLong(digits) + random.nextInt(41) - 20) : "1";
        String number = List.of("99999999999999999999", "2147483648", "-1", "0", "18446744073709551616", "4294967295", near, near)
                .get(random.nextInt(8));
        return join(join(Arrays.copyOf(in, start), bytes(number)), Arrays.copyOfRange(in, end, in.length));
    }

    /** Where the digits of a random {@code Length: } header value start, or -1 when the input has none. */
    private int lengthValue(byte[] in) {
        String ascii = new String(in, StandardCharsets.ISO_8859_1);
        List<Integer> starts = new ArrayList<>();
        for (int at = ascii.indexOf("Length: "); at >= 0; at = ascii.indexOf("Length: ", at + 1)) {
            if (at + 8 < in.length && Character.isDigit(in[at + 8])) {
                starts.add(at + 8);
            }
        }
        return starts.isEmpty() ? -1 : starts.get(random.nextInt(starts.size()));
    }

    private byte[] insert(byte[] in, byte[] what) {
        int at = random.nextInt(in.length + 1);
        return join(join(Arrays.copyOf(in, at), what), Arrays.copyOfRange(in, at, in.length));
    }

    private byte[] randomBytes(int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    private static byte[] repeat(byte[] unit, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(unit.length * times);
        for (int i = 0; i < times && out.size() < MAX_BYTES; i++) {
            out.writeBytes(unit);
        }
        return out.toByteArray();
    }

    private static byte[] join(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
