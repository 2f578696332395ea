package io.claimwatch.server;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Headers on every response. Article text is untrusted: it is escaped where it is written, and the policy is
 * the second wall: scripts only from this server's files (no inline script, no eval), no plugins, no framing.
 */
final class SecurityHeaders {
    static final String POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");

    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ALL.forEach(ctx::header);
    }
}
