package io.claimwatch.cli;

import io.claimwatch.extract.Claimwatch;
import io.claimwatch.ingest.Ingest;
import io.claimwatch.server.ClaimwatchServer;
import io.claimwatch.server.DemoArticles;
import io.claimwatch.store.Store;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimwatch demo}: the bundled examples in a store of their own, served, and the browser opened. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Read the bundled example articles (examples/articles.jsonl) into a store, serve the web UI "
                + "on this machine and open it in the browser.",
            "Run it again to serve the same store: articles already stored are not extracted again."})
final class DemoCommand implements Callable<Integer> {
    private static final int DEFAULT_PORT = 7070;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "claimwatch-demo.db",
            description = "The demo's store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--port", paramLabel = "N",
            description = "Port (default: " + DEFAULT_PORT + ", or a free one when that is taken).")
    Integer port;

    @Option(names = "--no-open", description = "Do not open the browser; just print the address.")
    boolean noOpen;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path examples = examplesBesideLauncher();
        out.printf("reading the example articles (%s) into %s; the first run loads CoreNLP, which takes a minute...%n",
                examples != null ? examples : "bundled copy", db);
        out.flush();
        Store store = Store.open(db);
        ClaimwatchServer server;
        try {
            Ingest.Summary s = DemoArticles.ingest(store, examples, article -> Claimwatch.extractor().extract(article));
            out.printf("%d articles stored now, %d already there; %d claims, %d incidents in the store%n",
                    s.stored(), s.duplicates(), store.stats().claims(), store.stats().incidents());
            server = start(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        out.println("Claimwatch demo: " + server.url() + "  (Ctrl-C stops it)");
        out.flush();
        if (!noOpen) {
            openBrowser(server.url());
        }
        ServeCommand.serveUntilStopped(server, store);
        return 0;
    }

    /** On the port asked for; without --port, 7070 or, when that is taken, any free port. */
    private ClaimwatchServer start(Store store) {
        int wanted = port != null ? port : DEFAULT_PORT;
        try {
            return ClaimwatchServer.start(store, new ClaimwatchServer.Options("127.0.0.1", wanted, null, null));
        } catch (RuntimeException e) {
            if (port != null) {
                throw new IllegalArgumentException("cannot listen on port " + port + ": " + e.getMessage(), e);
            }
            return ClaimwatchServer.start(store, new ClaimwatchServer.Options("127.0.0.1", 0, null, null));
        }
    }

    /**
     * examples/articles.jsonl of the checkout the CLI runs from (the launcher's directory: the jar or classes
     * sit in cli/target), or null, in which case the copy on the classpath is read.
     */
    static Path examplesBesideLauncher() {
        try {
            Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = code.getParent() == null || code.getParent().getParent() == null ? null : code.getParent().getParent().getParent();
            Path examples = root == null ? null : root.resolve("examples").resolve("articles.jsonl");
            return examples != null && Files.isRegularFile(examples) ? examples : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    /** xdg-open on a desktop (open on macOS); silently nothing without one, e.g. over ssh. */
    private static void openBrowser(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String opener = os.contains("mac") ? "open" : "xdg-open";
        boolean desktop = os.contains("mac") || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        if (!desktop || !onPath(opener)) {
            return;  // a text browser would take over the terminal: better to just print the address
        }
        try {
            new ProcessBuilder(opener, url).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            // the address is printed already
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
