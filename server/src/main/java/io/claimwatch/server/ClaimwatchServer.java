package io.claimwatch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JsonMapper;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.eclipse.jetty.server.Connector;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The web server over a store: the JSON API under {@code /api} ({@link Api}), the pages ({@link Pages}) and
 * their scripts and style under {@code /static}. {@code ClaimwatchServer.start(store, options)} returns once it
 * listens; {@link #close()} stops it (the store stays open: it belongs to the caller).
 */
public final class ClaimwatchServer implements AutoCloseable {
    /**
     * {@code bind} is the address to listen on; {@code port} 0 picks a free one; {@code writeToken} enables
     * {@code POST /api/articles} for requests that carry it (null: disabled); {@code extractor} extracts the
     * claims of posted articles (called on the first post only: CoreNLP takes seconds to load).
     */
    public record Options(String bind, int port, String writeToken, Function<Article, List<Claim>> extractor) {
        public Options {
            bind = bind == null || bind.isBlank() ? "127.0.0.1" : bind.strip();
            writeToken = writeToken == null || writeToken.isBlank() ? null : writeToken;
            if (writeToken != null && extractor == null) {
                throw new IllegalArgumentException("a write token needs an extractor for the posted articles");
            }
        }
    }

    /** One registered endpoint: what the OpenAPI file has to describe. */
    record Route(String method, String path) {
    }

    private final Javalin app;
    private final String bind;
    private final HeaderDeadline headerDeadline;

    private ClaimwatchServer(Javalin app, String bind, HeaderDeadline headerDeadline) {
        this.app = app;
        this.bind = bind;
        this.headerDeadline = headerDeadline;
    }

    public static ClaimwatchServer start(Store store, Options options) {
        return start(store, options, HeaderDeadline.DEFAULT);
    }

    /** {@code headerDeadline}: how long a client may take to send a request's line and headers. */
    static ClaimwatchServer start(Store store, Options options, Duration headerDeadline) {
        WriteAccess access = new WriteAccess(store, options.writeToken());
        Pages pages = new Pages(store, access.enabled());
        Api api = new Api(store, new Submissions(store, options.extractor(), access));
        ClaimFlags flags = new ClaimFlags(store, access);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new Json());
            // Submissions reads the body itself, bounded, to answer 413 with a message of ours
            config.http.maxRequestSize = Submissions.MAX_BODY_BYTES + 1;
            config.http.prefer405over404 = true;  // PUT /api/claims: the path exists, the method does not
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = SecurityHeaders.ALL;  // static files skip the before-handlers
            });
            // errors Jetty raises before the handlers: same JSON / page and headers as Errors gives
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors()));
            config.routes.before(SecurityHeaders::apply);
            api.register(config.routes);
            flags.register(config.routes);
            new Exports(store).register(config.routes);
            pages.register(config.routes);
            Errors.register(config.routes, pages);
        });
        app.start(options.bind(), options.port());
        HeaderDeadline deadline = new HeaderDeadline(headerDeadline);
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            connector.addBean(deadline);  // a connector's Connection.Listener beans hear of every connection
        }
        return new ClaimwatchServer(app, options.bind(), deadline);
    }

    /**
     * A GET route that HEAD runs too: left alone, Javalin answers HEAD on a GET path with a bare 200 in
     * text/plain; run, it gets the GET's status and content type (Jetty sends no body).
     */
    static void getAndHead(JavalinDefaultRoutingApi routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    public int port() {
        return app.port();
    }

    /** Where a browser on this machine finds the UI. */
    public String url() {
        String host = bind.equals("0.0.0.0") || bind.equals("::") ? "localhost" : bind.contains(":") ? "[" + bind + "]" : bind;
        return "http://" + host + ":" + port() + "/";
    }

    List<Route> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(h -> h.endpoint)
                .filter(e -> e.method == HandlerType.GET || e.method == HandlerType.POST)
                .map(e -> new Route(e.method.name(), e.path))
                .toList();
    }

    @Override
    public void close() {
        app.stop();
        headerDeadline.close();
    }

    /** Javalin writes and reads JSON with the model's one mapping (dates as text, enums lower case). */
    private static final class Json implements JsonMapper {
        @Override
        public String toJsonString(Object obj, Type type) {
            try {
                return ClaimJson.mapper().writeValueAsString(obj);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
            }
        }

        @Override
        public <T> T fromJsonString(String json, Type type) {
            try {
                return ClaimJson.mapper().readValue(json, ClaimJson.mapper().constructType(type));
            } catch (JsonProcessingException e) {
                throw new io.javalin.http.BadRequestResponse("not valid JSON: " + e.getOriginalMessage());
            }
        }
    }
}
