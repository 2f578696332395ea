package io.claimwatch.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles from files, directories and standard input, in every format Claimwatch knows:
 * <ul>
 * <li>{@code .txt} plain text (UTF-8), one article;
 * <li>{@code .html}, {@code .htm} one page: main text and metadata ({@link HtmlPage});
 * <li>{@code .jsonl} one article object a line ({@link JsonLines});
 * <li>{@code .warc}, {@code .warc.gz} web archives ({@link WarcReader});
 * <li>{@code .rss}, {@code .atom}, and {@code .xml} that is a feed: RSS/Atom ({@link FeedReader});
 * <li>{@code .gz}: gunzipped, then read by its inner name ({@code docs.jsonl.gz} as JSON Lines);
 * <li>any other name, and standard input: by the first bytes (gzip, WARC, HTML, JSON Lines, feed, else text).
 * </ul>
 * The command-line {@link Defaults} fill what an input does not say. Bad input never throws: it becomes an
 * {@link Input.Problem} and reading goes on.
 */
public final class CorpusReader {
    /** Articles larger than this are refused: a news article is a few kB; 10 MB is a mistake or an attack. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Defaults defaults;

    public CorpusReader(Defaults defaults) {
        this.defaults = defaults == null ? Defaults.none() : defaults;
    }

    /**
     * Reads a file, a directory (recursively, in sorted order, hidden files skipped) or "-" (standard input),
     * giving each result to {@code sink} as it is read.
     */
    public void read(String path, InputStream stdin, Consumer<Input> sink) {
        if (path.equals("-")) {
            dispatch(null, new BufferedInputStream(stdin), "<stdin>", "", sink);
            return;
        }
        Path p;
        try {
            p = Path.of(path);
        } catch (InvalidPathException e) {
            sink.accept(new Input.Problem(path, "not a valid path (" + e.getReason() + ")"));
            return;
        }
        if (!Files.exists(p)) {
            sink.accept(new Input.Problem(path, "no such file"));
        } else if (Files.isDirectory(p)) {
            readDirectory(p, new HashSet<>(), sink);
        } else {
            readFile(p, sink);
        }
    }

    private void readDirectory(Path dir, Set<Path> seen, Consumer<Input> sink) {
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            if (!seen.add(dir.toRealPath())) {
                return; // a symbolic link back to a directory already read
            }
            children = list.filter(c -> !c.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            sink.accept(new Input.Problem(dir.toString(), Unreadable.reason(e)));
            return;
        }
        for (Path child : children) {
            if (Files.isDirectory(child)) {
                readDirectory(child, seen, sink);
            } else if (Files.isRegularFile(child)) {
                if (Format.ofName(child.getFileName().toString()) != null) {
                    readFile(child, sink);
                } else {
                    // in a directory walk only names of article formats are read: a README, a licence or an image
                    // beside the articles is not news; a file named on the command line is still sniffed
                    sink.accept(new Input.Problem(child.toString(),
                            "not an article format by its name (give the file itself to read it anyway)"));
                }
            }
        }
    }

    private void readFile(Path file, Consumer<Input> sink) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            dispatch(Format.ofName(name), new BufferedInputStream(in), file.toString(), name, sink);
        } catch (IOException e) {
            sink.accept(new Input.Problem(file.toString(), Unreadable.reason(e)));
        }
    }

    /** Reads {@code in} as {@code format}, or as what its first bytes say when the format is null. */
    private void dispatch(Format format, BufferedInputStream in, String origin, String name, Consumer<Input> sink) {
        try {
            Format f = format != null ? format : Format.sniff(in);
            switch (f) {
                case TEXT -> sink.accept(PlainText.read(PlainText.readArticle(in), origin, defaults.url(),
                        defaults.published(), defaults.outlet()));
                case HTML -> {
                    HtmlPage page = HtmlPage.parse(PlainText.readArticle(in), null, defaults.url());
                    String url = page.canonicalUrl() != null ? page.canonicalUrl() : defaults.url();
                    sink.accept(Documents.of(origin, page.article(url, defaults.published(), defaults.outlet())));
                }
                case JSONL -> JsonLines.read(in, origin, defaults, sink);
                case WARC -> WarcReader.read(in, origin, defaults, sink);
                case FEED -> FeedReader.read(in, origin, defaults, sink);
                case XML -> {
                    if (Format.sniff(in) == Format.FEED) {
                        FeedReader.read(in, origin, defaults, sink);
                    } else {
                        sink.accept(new Input.Problem(origin, "XML, but not an RSS or Atom feed"));
                    }
                }
                case GZIP -> {
                    String inner = name.regionMatches(true, name.length() - 3, ".gz", 0, 3)
                            ? name.substring(0, name.length() - 3) : name;
                    dispatch(Format.ofName(inner), new BufferedInputStream(new GZIPInputStream(in)), origin, inner, sink);
                }
            }
        } catch (Unreadable e) {
            sink.accept(new Input.Problem(origin, e.getMessage()));
        } catch (IOException e) {
            sink.accept(new Input.Problem(origin, Unreadable.reason(e)));
        }
    }
}
