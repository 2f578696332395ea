package io.claimwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.corpus.CorpusReader;
import io.claimwatch.corpus.Defaults;
import io.claimwatch.corpus.Input;
import io.claimwatch.extract.Claimwatch;
import io.claimwatch.model.Article;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimwatch extract}: claims of articles as JSON Lines (or JSON, or a table for people). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract sourced claims from articles: plain text (.txt), web pages (.html), JSON Lines "
                + "(.jsonl: one article object a line: id, text, optional title, date|published, source|outlet, url), "
                + "web archives (.warc, .warc.gz), RSS/Atom feeds (.rss, .atom, .xml), any of these gzipped (.gz), "
                + "directories (read recursively), or standard input (the format is recognised)."})
final class ExtractCommand implements Callable<Integer> {
    enum Format { jsonl, json, table }

    @Parameters(paramLabel = "FILE", description = "Input files or directories; standard input when none (or \"-\").")
    List<String> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of input that gives none: relative times (\"Saturday\") resolve against it.")
    LocalDate published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet of input that names none.")
    String outlet;

    @Option(names = "--url", paramLabel = "URL", description = "Address of a plain-text or HTML input (its id hashes it).")
    String url;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), json or table.")
    Format format;

    @Option(names = "--no-gate", description = "Parse every sentence (slower; for measuring the gate).")
    boolean noGate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CorpusReader reader = new CorpusReader(new Defaults(published, outlet, url));
        List<Article> articles = new ArrayList<>();
        List<Input> skipped = new ArrayList<>();
        for (String file : files == null || files.isEmpty() ? List.of("-") : files) {
            reader.read(file, System.in, input -> {
                if (input instanceof Input.Document d && d.skipReason() == null) {
                    articles.add(d.article());
                } else {
                    skipped.add(input);
                    err.println(whySkipped(input));
                }
            });
        }
        if (articles.isEmpty()) {
            err.println("claimwatch extract: nothing to extract" + (skipped.isEmpty() ? "" : " (" + skipped.size()
                    + " input(s) skipped)"));
            return 1;
        }
        ObjectMapper json = ClaimJson.mapper();
        List<Claim> all = new ArrayList<>();
        var extractor = Claimwatch.extractor(!noGate);
        for (Article article : articles) {
            List<Claim> claims;
            try {
                claims = extractor.extract(article);
            } catch (RuntimeException e) {
                // one article's failure must not lose the others
                err.println("claimwatch extract: skipped " + article.id() + ": extraction failed: " + e);
                continue;
            }
            switch (format) {
                case jsonl -> {
                    for (Claim c : claims) {
                        out.println(json.writeValueAsString(c));
                    }
                    out.flush();
                }
                case json, table -> all.addAll(claims);
            }
        }
        if (format == Format.json) {
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(all));
        } else if (format == Format.table) {
            out.print(table(all));
        }
        out.flush();
        return 0;
    }

    /** One line naming the input and why it is not extracted. */
    private static String whySkipped(Input input) {
        if (input instanceof Input.Document d) {
            return d.origin() + ": skipped: " + d.skipReason();
        }
        Input.Problem p = (Input.Problem) input;
        return p.origin() + ": " + p.reason();
    }

    static String table(List<Claim> claims) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-14s %-10s %-22s %-28s %-16s %-12s %-15s %s%n", "ARTICLE", "EVENT", "FIGURE",
                "SUBJECT", "PLACE", "WHEN", "STATUS", "SOURCES (primary first)"));
        for (Claim c : claims) {
            String figure = c.quantity() == null ? "-" : c.quantity().value() + " " + c.quantity().qualifier().id()
                    + bounds(c);
            String sources = c.attribution().isEmpty() ? "(outlet)" : c.attribution().stream()
                    .map(Attribution::source).collect(Collectors.joining(" > "));
            b.append(String.format("%-14s %-10s %-22s %-28s %-16s %-12s %-15s %s%n", cut(c.article().id(), 14),
                    c.event().type().id(), cut(figure, 22),
                    cut(c.subject() == null ? "-" : c.subject().text(), 28),
                    cut(c.place() == null ? "-" : c.place().text(), 16),
                    c.time() == null || c.time().start() == null ? "-" : c.time().start().toString(),
                    c.status().id(), sources));
        }
        return b.toString();
    }

    private static String bounds(Claim c) {
        var q = c.quantity();
        if (q.low() != null && q.high() != null && q.low().equals(q.high())) {
            return "";
        }
        return " [" + (q.low() == null ? "" : q.low()) + ".." + (q.high() == null ? "" : q.high()) + "]";
    }

    private static String cut(String s, int n) {
        String flat = s.replace('\n', ' ');
        return flat.length() <= n ? flat : flat.substring(0, n - 1) + "…";
    }
}
