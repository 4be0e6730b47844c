package org.dateline.server;

/**
 * A request the API refuses, one subclass per HTTP status; {@link ErrorMapper} turns each into the JSON error
 * body {@code {"status": N, "error": "...", "message": "..."}}. The message is shown to the caller, so it names
 * what was wrong with the request and never anything of the server's files.
 */
public abstract sealed class ApiException extends RuntimeException
        permits ApiException.BadRequest, ApiException.Unauthorized, ApiException.NotFound,
        ApiException.TooLarge {

    private ApiException(String message) {
        super(message, null, false, false);
    }

    /** The HTTP status this refusal is answered with. */
    public abstract int status();

    /** 400: a parameter the API cannot use (the message names it and says what it takes). */
    public static final class BadRequest extends ApiException {
        public BadRequest(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 400;
        }
    }

    /** 401: the request needs the server's token and did not carry it (or carried another). */
    public static final class Unauthorized extends ApiException {
        public Unauthorized(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 401;
        }
    }

    /** 404: no such article, actor, story, thread, page or file. */
    public static final class NotFound extends ApiException {
        public NotFound(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 404;
        }
    }

    /** 413: the request body is over the server's limit. */
    public static final class TooLarge extends ApiException {
        public TooLarge(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 413;
        }
    }
}
