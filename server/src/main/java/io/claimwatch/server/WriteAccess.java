package io.claimwatch.server;

import io.claimwatch.store.Store;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may write: whoever holds the server's write token. Without a token configured (or on a read-only store)
 * every write is refused with a 403; a missing or wrong token is a 401. The token is compared in constant time,
 * so it cannot be guessed byte by byte. No cookie or session ever stands for it: a request writes only when it
 * carries the token itself, so a page of another site cannot make a browser write (no CSRF).
 */
final class WriteAccess {
    private final Store store;
    private final byte[] token;

    WriteAccess(Store store, String token) {
        this.store = store;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether writing is on at all: a token is configured and the store can be written. */
    boolean enabled() {
        return token != null && !store.readOnly();
    }

    /** Checks an {@code Authorization: Bearer TOKEN} header. */
    void checkHeader(String header) {
        refuseWhenOff();
        String prefix = "Bearer ";
        if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw new UnauthorizedResponse("send the write token as \"Authorization: Bearer TOKEN\"");
        }
        checkToken(header.substring(prefix.length()));
    }

    /** Checks a token typed into a form. */
    void checkToken(String given) {
        refuseWhenOff();
        if (given == null || given.isBlank()) {
            throw new UnauthorizedResponse("the write token is required");
        }
        if (!MessageDigest.isEqual(given.strip().getBytes(StandardCharsets.UTF_8), token)) {
            throw new UnauthorizedResponse("wrong write token");
        }
    }

    private void refuseWhenOff() {
        if (token == null) {
            throw new ForbiddenResponse("writing is disabled: start the server with --write-token "
                    + "(or CLAIMWATCH_WRITE_TOKEN) to accept writes");
        }
        if (store.readOnly()) {
            throw new ForbiddenResponse("writing is disabled: the store is read-only (its file or directory "
                    + "cannot be written)");
        }
    }
}
