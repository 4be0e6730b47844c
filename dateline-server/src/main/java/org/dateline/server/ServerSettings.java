package org.dateline.server;

import org.dateline.store.StoreLocation;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@code dateline serve} runs.
 *
 * @param store      the store that {@code analyze} fed
 * @param out        the {@code analyze --out} folder
 * @param bind       the address to listen on; {@value #LOOPBACK} unless a token is given
 * @param port       the port, 0 for any free one
 * @param token      the secret every write, and unless {@code publicRead} every read, of the API must carry as
 *                   {@code Authorization: Bearer TOKEN}; empty when the server has none (then it accepts no write)
 * @param publicRead whether reads need no token even when the server has one
 * @param maxUpload  the largest file {@code POST /api/ingest} takes, in bytes
 */
public record ServerSettings(StoreLocation store, Path out, String bind, int port, Optional<String> token, boolean publicRead,
                             long maxUpload) {
    public static final String LOOPBACK = "127.0.0.1";
    /** The upload limit unless one is given: 256 MiB, a day of a busy crawl as WARC.gz or some thousand pages. */
    public static final long DEFAULT_MAX_UPLOAD = 256L << 20;
    /** The least length of a token, so that it cannot be guessed in the time a server runs. */
    public static final int MIN_TOKEN_CHARS = 16;

    /**
     * @throws IllegalArgumentException when the port is out of range, or when {@code bind} is not a loopback
     *                                  address and there is no token (anyone on the network could read and write),
     *                                  or when {@code maxUpload} is not positive
     */
    public ServerSettings {
        if (maxUpload < 1) {
            throw new IllegalArgumentException("the upload limit must be at least 1 byte, not " + maxUpload);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (!isLoopback(bind) && token.isEmpty()) {
            throw new IllegalArgumentException("binding to " + bind + " opens the server to the network:"
                    + " give --token-file so that only callers with the token get in");
        }
    }

    /** Settings with the {@linkplain #DEFAULT_MAX_UPLOAD default upload limit}. */
    public ServerSettings(StoreLocation store, Path out, String bind, int port, Optional<String> token, boolean publicRead) {
        this(store, out, bind, port, token, publicRead, DEFAULT_MAX_UPLOAD);
    }

    /** Whether {@code address} names this machine only (127.0.0.0/8, ::1, localhost). */
    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve the bind address " + address);
        }
    }

    /**
     * The token in {@code file}: its content without surrounding white space.
     *
     * @throws IllegalArgumentException naming the file when it is shorter than {@value #MIN_TOKEN_CHARS}
     *                                  characters or holds white space inside
     */
    public static String readToken(Path file) throws IOException {
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (token.length() < MIN_TOKEN_CHARS || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the token in " + file + " must be one word of at least "
                    + MIN_TOKEN_CHARS + " characters");
        }
        return token;
    }
}
