package org.dateline.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may call the server: a write (any method but GET and HEAD) always needs the token, and is refused outright
 * when the server has none; a read needs it when the server has one, unless reads are public. The token comes as
 * {@code Authorization: Bearer TOKEN} and is compared in constant time. Only the viewer's page and files
 * ({@code /}, {@code /assets/NAME}) carry no data and are open to all readers; every other path, the API's and
 * any unknown one, is checked.
 */
final class Access {
    private final Optional<byte[]> token;
    private final boolean publicRead;

    Access(Optional<String> token, boolean publicRead) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.publicRead = publicRead;
    }

    /** Whether {@code path} asks for the viewer's page or one of its files, which any caller may read. */
    private static boolean isViewerFile(String path) {
        return path.equals("/") || path.startsWith("/assets/") && path.indexOf('/', "/assets/".length()) < 0;
    }

    /** Throws {@link ApiException.Unauthorized} when {@code ctx} may not go on. */
    void check(Context ctx) {
        boolean write = !HandlerType.GET.equals(ctx.method()) && !HandlerType.HEAD.equals(ctx.method());
        if (!write && isViewerFile(ctx.path())) {
            return;
        }
        if (!write && (publicRead || token.isEmpty())) {
            return;
        }
        if (token.isEmpty()) {
            throw new ApiException.Unauthorized("this server takes no writes: start it with --token-file");
        }
        String header = ctx.header("Authorization");
        byte[] given = header != null && header.startsWith("Bearer ")
                ? header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token.get())) {
            throw new ApiException.Unauthorized(header == null ? "this request needs the server's token as"
                    + " Authorization: Bearer TOKEN" : "the token given is not the server's");
        }
    }
}
