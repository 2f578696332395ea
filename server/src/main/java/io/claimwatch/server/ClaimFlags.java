package io.claimwatch.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.store.ClaimFlag;
import io.claimwatch.store.Page;
import io.claimwatch.store.Store;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.util.List;

/**
 * Readers marking an extraction wrong: {@code GET /api/claims/{id}/flags}, {@code POST /api/claims/{id}/flags}
 * (JSON {@code {"field": "quantity", "note": "..."}} with {@code Authorization: Bearer TOKEN}), and the claim
 * page's form, {@code POST /claims/{id}/flags}, which carries the token in a password field and answers with a
 * redirect back to the claim (post/redirect/get).
 *
 * <p>Both ways need the server's write token ({@link WriteAccess}): nothing ambient (no cookie, no session)
 * authorises a write, so another site cannot forge one through a visitor's browser. The form is also refused
 * when the browser says it was sent from another origin ({@code Origin}, {@code Sec-Fetch-Site}): a second wall.
 * {@code Origin: null} passes: our pages' {@code Referrer-Policy: no-referrer} makes browsers send it for their own
 * forms, and a browser that sends it from another site also sends {@code Sec-Fetch-Site: cross-site}.
 */
final class ClaimFlags {
    /** The fields a flag can name: the claim's (docs/FORMAT.md), or {@code claim} for all of it. */
    static final List<String> FIELDS = List.of("claim", "event", "quantity", "subject", "actor", "place", "time",
            "attribution", "status", "hedges");
    private static final int MAX_BODY_BYTES = 16 * 1024;

    private final Store store;
    private final WriteAccess access;

    ClaimFlags(Store store, WriteAccess access) {
        this.store = store;
        this.access = access;
    }

    void register(JavalinDefaultRoutingApi routes) {
        ClaimwatchServer.getAndHead(routes, "/api/claims/{id}/flags", ctx -> {
            String id = existingClaim(ctx);
            ctx.json(Api.PageView.slice(store.flags(id), Params.page(ctx), Params.pageSize(ctx, Page.DEFAULT_SIZE)));
        });
        routes.post("/api/claims/{id}/flags", this::postJson);
        routes.post("/claims/{id}/flags", this::postForm);
    }

    private void postJson(Context ctx) {
        access.checkHeader(ctx.header("Authorization"));
        String id = existingClaim(ctx);
        JsonNode body = json(ctx);
        ClaimFlag flag = flag(id, text(body, "field"), text(body, "note"));
        ctx.status(201).json(flag);
    }

    private void postForm(Context ctx) {
        String origin = ctx.header("Origin");
        String self = ctx.scheme() + "://" + ctx.host();
        if (origin != null && !origin.equals("null") && !origin.equalsIgnoreCase(self)
                || "cross-site".equals(ctx.header("Sec-Fetch-Site"))) {
            throw new ForbiddenResponse("a claim is marked wrong from its own page only");
        }
        access.checkToken(ctx.formParam("token"));
        String id = existingClaim(ctx);
        flag(id, ctx.formParam("field"), ctx.formParam("note"));
        ctx.redirect("/claims/" + Pages.segment(id) + "#flags", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private ClaimFlag flag(String claimId, String field, String note) {
        if (field == null || !FIELDS.contains(field)) {
            throw new BadRequestResponse("field must be one of " + FIELDS + ", not " + (field == null ? "missing" : "\"" + field + "\""));
        }
        if (note != null && note.strip().length() > ClaimFlag.MAX_NOTE) {
            throw new BadRequestResponse("note is longer than " + ClaimFlag.MAX_NOTE + " characters");
        }
        return store.flagClaim(claimId, field, note);
    }

    private String existingClaim(Context ctx) {
        String id = ctx.pathParam("id");
        if (store.claim(id).isEmpty()) {
            throw new NotFoundResponse("no claim " + id);
        }
        return id;
    }

    private static JsonNode json(Context ctx) {
        byte[] bytes = BoundedBody.read(ctx, MAX_BODY_BYTES, "a flag's body is at most " + MAX_BODY_BYTES + " bytes");
        try {
            JsonNode node = ClaimJson.mapper().readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new BadRequestResponse("expected a JSON object {\"field\": ..., \"note\": ...}");
            }
            return node;
        } catch (IOException e) {
            throw new BadRequestResponse("not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String text(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadRequestResponse("\"" + name + "\" must be a string");
        }
        return v.asText();
    }
}
