package io.claimwatch.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * Every error answers in the caller's language: JSON {@code {"status": 404, "message": "..."}} under {@code /api},
 * an HTML page elsewhere. Handlers signal errors by throwing Javalin's responses ({@code BadRequestResponse},
 * {@code NotFoundResponse}...), as Javalin itself does for a path no route matches; anything else is a 500
 * whose details go to the log, not to the client.
 */
final class Errors {
    record Problem(int status, String message) {
    }

    private Errors() {
    }

    static void register(JavalinDefaultRoutingApi routes, Pages pages) {
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, pages, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            System.err.println("claimwatch server: " + ctx.method() + " " + ctx.path() + " failed");
            e.printStackTrace();
            respond(ctx, pages, 500, "internal error; the server log has the details");
        });
    }

    private static void respond(Context ctx, Pages pages, int status, String message) {
        ctx.status(status);
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        if (ctx.path().startsWith("/api/")) {
            ctx.json(new Problem(status, message));
        } else {
            pages.error(ctx, status, message);
        }
    }
}
