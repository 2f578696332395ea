package io.claimwatch.cli;

import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads articles from plain-text files, JSON Lines files and standard input, and turns bad input into a
 * {@link Problem} naming the input and the reason instead of an exception: the rest of the run goes on.
 */
final class ArticleInput {
    /** Articles larger than this are refused (a news article is a few kB; 10 MB is a mistake or an attack). */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Why one input (or one line of it) was skipped. */
    record Problem(String input, String reason) {
        @Override
        public String toString() {
            return input + ": " + reason;
        }
    }

    /** Metadata given on the command line for plain-text inputs. */
    record Defaults(LocalDate published, String outlet, String url) {
    }

    private final Defaults defaults;
    private final LanguageCheck language = new LanguageCheck();

    ArticleInput(Defaults defaults) {
        this.defaults = defaults;
    }

    /** Reads {@code path} ("-" = standard input), giving each article to {@code articles}. */
    void read(String path, InputStream stdin, Consumer<Article> articles, Consumer<Problem> problems) {
        String name = path.equals("-") ? "<stdin>" : path;
        byte[] bytes;
        try {
            if (path.equals("-")) {
                bytes = stdin.readNBytes((int) MAX_BYTES + 1);
            } else {
                Path p = Path.of(path);
                if (Files.isDirectory(p)) {
                    problems.accept(new Problem(name, "is a directory (give the files, or use `claimwatch ingest`)"));
                    return;
                }
                long size = Files.size(p);
                if (size > MAX_BYTES && !path.endsWith(".jsonl")) {
                    problems.accept(new Problem(name, "too large: " + size / (1024 * 1024) + " MB (limit "
                            + MAX_BYTES / (1024 * 1024) + " MB per article)"));
                    return;
                }
                bytes = path.endsWith(".jsonl") ? null : Files.readAllBytes(p);
                if (bytes == null) {
                    readJsonLines(p, name, articles, problems);
                    return;
                }
            }
        } catch (NoSuchFileException e) {
            problems.accept(new Problem(name, "no such file"));
            return;
        } catch (IOException e) {
            problems.accept(new Problem(name, "cannot read: " + e.getMessage()));
            return;
        }
        if (bytes.length > MAX_BYTES) {
            problems.accept(new Problem(name, "too large (limit " + MAX_BYTES / (1024 * 1024) + " MB per article)"));
            return;
        }
        String text;
        try {
            text = decode(bytes);
        } catch (IllegalArgumentException e) {
            problems.accept(new Problem(name, e.getMessage()));
            return;
        }
        if (text.trim().startsWith("{") && path.equals("-")) {
            readJsonLines(text, name, articles, problems);
            return;
        }
        String reason = unusable(text);
        if (reason != null) {
            problems.accept(new Problem(name, reason));
            return;
        }
        String id = path.equals("-") ? "stdin-" + sha1(text).substring(0, 12) : Path.of(path).getFileName().toString();
        articles.accept(new Article(id, text, null, defaults.published(), defaults.outlet(), defaults.url()));
    }

    private void readJsonLines(Path p, String name, Consumer<Article> articles, Consumer<Problem> problems) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            readJsonLines(decode(bytes), name, articles, problems);
        } catch (IOException e) {
            problems.accept(new Problem(name, "cannot read: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            problems.accept(new Problem(name, e.getMessage()));
        }
    }

    private void readJsonLines(String text, String name, Consumer<Article> articles, Consumer<Problem> problems) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = name + ":" + (i + 1);
            Article a;
            try {
                a = ArticleJson.parse(line);
            } catch (IllegalArgumentException e) {
                problems.accept(new Problem(where, e.getMessage()));
                continue;
            }
            String reason = unusable(a.text());
            if (reason != null) {
                problems.accept(new Problem(where + " (" + a.id() + ")", reason));
                continue;
            }
            articles.accept(new Article(a.id(), a.text(), a.title(),
                    a.published() != null ? a.published() : defaults.published(),
                    a.outlet() != null ? a.outlet() : defaults.outlet(), a.url() != null ? a.url() : defaults.url()));
        }
    }

    /** Why a text cannot be processed, or null when it can. */
    String unusable(String text) {
        if (text.isBlank()) {
            return text.isEmpty() ? "empty" : "only whitespace";
        }
        if (text.length() > MAX_BYTES) {
            return "too large (limit " + MAX_BYTES / (1024 * 1024) + " MB per article)";
        }
        long control = text.chars().filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t').count();
        if (control > 0 && control * 100 > text.length()) {
            return "binary data, not text";
        }
        if (!language.isEnglish(text)) {
            return "not English (Claimwatch's rules and models are for English news)";
        }
        return null;
    }

    /** Strict UTF-8: a wrong encoding is reported, never silently turned into replacement characters. */
    static String decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new IllegalArgumentException("binary data, not text");
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)");
        }
    }

    static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> orStdin(List<String> files) {
        return files == null || files.isEmpty() ? List.of("-") : new ArrayList<>(files);
    }
}
