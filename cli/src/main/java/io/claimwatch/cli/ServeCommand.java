package io.claimwatch.cli;

import io.claimwatch.extract.Claimwatch;
import io.claimwatch.server.ClaimwatchServer;
import io.claimwatch.store.Store;
import io.claimwatch.store.StoreStats;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimwatch serve}: the web UI and REST API over a store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web UI and the REST API (/api, described at /api/openapi.yaml) over the store.",
            "Writing (POST /api/articles, and marking claims wrong: POST /api/claims/{id}/flags or the claim page's "
                    + "form) is off unless a write token is given; requests must then carry it as "
                    + "\"Authorization: Bearer TOKEN\" (the form: in its token field)."})
final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_VARIABLE = "CLAIMWATCH_WRITE_TOKEN";

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--write-token", paramLabel = "T",
            description = "Accept POST /api/articles and claim flags from requests carrying this token. The environment variable "
                    + TOKEN_VARIABLE + " does the same and keeps the token out of the process list.")
    String writeToken;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        String token = writeToken != null ? writeToken : System.getenv(TOKEN_VARIABLE);
        Store db = store.create();
        if (db.readOnly() && token != null) {
            out.println("the store cannot be written (read-only file or directory): writing is off");
            token = null;
        }
        ClaimwatchServer server;
        try {
            server = ClaimwatchServer.start(db, new ClaimwatchServer.Options(bind, port, token,
                    article -> Claimwatch.extractor().extract(article)));
        } catch (RuntimeException e) {
            db.close();
            throw new IllegalArgumentException("cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
        StoreStats stats = db.stats();
        out.printf("serving %s (%d articles, %d claims, %d incidents) at %s%n", db.file(), stats.articles(),
                stats.claims(), stats.incidents(), server.url());
        out.println(db.readOnly() ? "serving read-only" : token == null ? "writing is off (give --write-token or " + TOKEN_VARIABLE
                + " to accept POST /api/articles and claim flags)"
                : "writing is on: POST /api/articles and /api/claims/{id}/flags with \"Authorization: Bearer TOKEN\","
                + " claim flags from the claim page with the token");
        out.println("Ctrl-C stops the server.");
        out.flush();
        serveUntilStopped(server, db);
        return 0;
    }

    /** Blocks until the process is asked to stop (Ctrl-C, SIGTERM), then stops the server and closes the store. */
    static void serveUntilStopped(ClaimwatchServer server, Store db) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            db.close();
            stopped.countDown();
        }, "claimwatch-server-stop"));
        stopped.await();
    }
}
