package org.dateline.server;

/**
 * A request the API refuses, one subclass per HTTP status; {@link DatelineServer.ErrorMapper} turns each into the JSON error
 * body {@code {"status": N, "error": "...", "message": "..."}}. The message is shown to the caller, so it names
 * what was wrong with the request and never a path of the server's (a file of the output folder by its name only).
 */
public abstract sealed class ApiException extends RuntimeException
        permits ApiException.BadRequest, ApiException.Unauthorized, ApiException.NotFound,
        ApiException.Conflict, ApiException.TooLarge {

    private final int status;

    private ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The HTTP status this refusal is answered with. */
    public int status() {
        return status;
    }

    /** 400: a parameter the API cannot use (the message names it and says what it takes). */
    public static final class BadRequest extends ApiException {
        public BadRequest(String message) {
            super(400, message);
        }
    }

    /** 401: the request needs the server's token and did not carry it (or carried another). */
    public static final class Unauthorized extends ApiException {
        public Unauthorized(String message) {
            super(401, message);
        }
    }

    /** 404: no such article, actor, story, thread, page or file. */
    public static final class NotFound extends ApiException {
        public NotFound(String message) {
            super(404, message);
        }
    }

    /** 409: the served files cannot be read as they are now (a reload of a broken output folder). */
    public static final class Conflict extends ApiException {
        public Conflict(String message) {
            super(409, message);
        }
    }

    /** 413: the request body is over the server's limit. */
    public static final class TooLarge extends ApiException {
        public TooLarge(String message) {
            super(413, message);
        }
    }
}
