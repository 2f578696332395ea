package io.claimwatch.server;

import io.claimwatch.link.Incident;
import io.claimwatch.model.Claim;
import io.claimwatch.store.ClaimQuery;
import io.claimwatch.store.Store;
import io.claimwatch.store.export.ClaimExport;
import io.claimwatch.store.export.Each;
import io.claimwatch.store.export.ExportFormat;
import io.claimwatch.store.export.IncidentExport;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Downloads: a claim search or an incident's claims, and the event data of every incident or of one, in each
 * {@link ExportFormat} ({@code /api/claims.csv}, {@code /api/incidents/{id}/events.geojson}...). The search takes
 * the parameters of {@code /api/claims}, as strictly, its page aside: every match is written, streamed from the
 * store, by the same code as {@code claimwatch export}.
 */
final class Exports {
    private final Store store;

    Exports(Store store) {
        this.store = store;
    }

    void register(JavalinDefaultRoutingApi routes) {
        for (ExportFormat format : ExportFormat.values()) {
            String ext = "." + format.id();
            ClaimwatchServer.getAndHead(routes, "/api/claims" + ext, ctx -> search(ctx, format));
            ClaimwatchServer.getAndHead(routes, "/api/incidents/{id}/claims" + ext, ctx -> incidentClaims(ctx, format));
            ClaimwatchServer.getAndHead(routes, "/api/events" + ext, ctx -> events(ctx, format));
            ClaimwatchServer.getAndHead(routes, "/api/incidents/{id}/events" + ext, ctx -> incidentEvents(ctx, format));
        }
    }

    private void search(Context ctx, ExportFormat format) {
        ClaimQuery query = Params.claimQuery(ctx);
        send(ctx, format, "claimwatch-claims", out -> ClaimExport.write(sink -> store.forEachClaim(query, sink), format, out));
    }

    private void incidentClaims(Context ctx, ExportFormat format) {
        Incident incident = incident(ctx);
        List<Claim> claims = store.claims(incident.claimIds());
        send(ctx, format, "claimwatch-incident-" + incident.id() + "-claims",
                out -> ClaimExport.write(claims::forEach, format, out));
    }

    private void events(Context ctx, ExportFormat format) {
        send(ctx, format, "claimwatch-events", out -> IncidentExport.events(store, IncidentExport.all(store), format, out));
    }

    private void incidentEvents(Context ctx, ExportFormat format) {
        Incident incident = incident(ctx);
        Each<Incident> one = sink -> sink.accept(incident);
        send(ctx, format, "claimwatch-incident-" + incident.id() + "-events",
                out -> IncidentExport.events(store, one, format, out));
    }

    private Incident incident(Context ctx) {
        String id = ctx.pathParam("id");
        return store.incident(id).orElseThrow(() -> new NotFoundResponse("no incident " + id));
    }

    private interface Body {
        void write(Writer out) throws IOException;
    }

    /** An attachment in the format's media type; HEAD gets the headers only. */
    private static void send(Context ctx, ExportFormat format, String name, Body body) {
        ctx.contentType(format.mediaType());
        // the name holds an incident id (hex) at most: nothing to quote
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "."
                + format.id() + "\"");
        if (ctx.method() == HandlerType.HEAD) {
            return;
        }
        try {
            Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
            body.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
