package io.claimwatch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimwatch.model.ClaimJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty raises before any Javalin handler runs (a path with {@code %00}, {@code %ff} or an ambiguous
 * {@code ..} segment, a request line over 8 KB, a malformed header), answered as {@link Errors} answers the
 * handlers' errors: JSON {@code {"status", "message"}} under {@code /api}, a short page elsewhere, the
 * {@link SecurityHeaders} on both. When the parser refused the request line (a NUL in the path, a URI too long),
 * its path is not known and the answer is JSON.
 */
final class JettyErrors extends ErrorHandler {
    /** The path Jetty gives the stand-in request of a message its parser refused. */
    private static final String UNREAD_PATH = "/badMessage";

    JettyErrors() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;  // a PUT with a bad path gets the same answer as a GET
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        SecurityHeaders.ALL.forEach((name, value) -> response.getHeaders().put(name, value));
        String reason = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        // a request the parser refused (%00 in the path, a URI over 8 KB) keeps no path: Jetty puts this one
        boolean unread = path == null || path.isEmpty() || path.equals(UNREAD_PATH);
        boolean api = unread || path.equals("/api") || path.startsWith("/api/");
        if (unread && code == HttpStatus.BAD_REQUEST_400) {
            reason = reason + ": the request line or a header could not be read";
        }
        byte[] body;
        if (api) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            body = json(new Errors.Problem(code, reason));
        } else {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
            body = page(code, reason);
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static byte[] json(Errors.Problem problem) {
        try {
            return ClaimJson.mapper().writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No template engine here: the request never reached the pages. The message is escaped all the same. */
    private static byte[] page(int code, String reason) {
        String title = code + " " + escape(HttpStatus.getMessage(code));
        return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title><link rel=\"stylesheet\" href=\"/static/claimwatch.css\"></head><body><main><h1>" + title
                + "</h1><p>" + escape(reason) + "</p><p><a href=\"/\">Search claims</a></p></main></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
