package io.claimwatch.server;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A request body read at most one byte past its limit, whatever the request declares. An oversized body is
 * read on and dropped (up to {@link #DRAIN_BYTES}) before the 413 goes out: a server that answers while the
 * client is still sending and then closes the connection makes the client lose the answer (it sees a reset,
 * not the 413 and its message).
 */
final class BoundedBody {

    /** How much of an oversized body is read and dropped so that the client can read the 413; past it, close. */
    static final long DRAIN_BYTES = 64L * 1024 * 1024;

    private BoundedBody() {
    }

    /** The body, or a 413 with {@code tooLarge} as its message. */
    static byte[] read(Context ctx, int limit, String tooLarge) {
        try (InputStream in = ctx.bodyInputStream()) {
            if (ctx.contentLength() > limit) {
                drain(in);
                throw new ContentTooLargeResponse(tooLarge);
            }
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                drain(in);
                throw new ContentTooLargeResponse(tooLarge);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drain(InputStream in) throws IOException {
        long left = DRAIN_BYTES;
        byte[] buffer = new byte[64 * 1024];
        for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
            left -= n;
        }
    }
}
