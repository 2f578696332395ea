package io.claimwatch.corpus;

import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleJson;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * A JSON Lines corpus: one article object a line, fields as {@link ArticleJson} reads them. A line's own
 * {@code id} is kept (evaluations match gold data on it); a line without one gets
 * {@link ArticleIds#of ArticleIds.of(url, text)}. A bad line is a Problem naming its line number; the
 * others are read.
 */
final class JsonLines {
    private JsonLines() {
    }

    static void read(InputStream in, String origin, Defaults defaults, Consumer<Input> sink) {
        InputStream bytes = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
        int number = 0;
        boolean any = false;
        try {
            for (Line line; (line = next(bytes)) != null; ) {
                number++;
                String where = origin + ":" + number;
                try {
                    if (line.tooLong()) {
                        throw Unreadable.tooLarge();
                    }
                    String text = PlainText.decode(line.bytes()).strip(); // per line: one bad line spoils no other
                    if (!text.isEmpty()) {
                        any = true;
                        sink.accept(article(text, where, defaults));
                    }
                } catch (Unreadable e) {
                    any = true;
                    sink.accept(new Input.Problem(where, e.getMessage()));
                }
            }
        } catch (IOException e) {
            sink.accept(new Input.Problem(origin + ":" + (number + 1), Unreadable.reason(e)));
            return;
        }
        if (!any) {
            sink.accept(new Input.Problem(origin, number == 0 ? "empty" : "only whitespace"));
        }
    }

    private static Input article(String line, String where, Defaults defaults) {
        Article a;
        try {
            a = parse(line);
        } catch (IllegalArgumentException e) {
            return new Input.Problem(where, e.getMessage());
        }
        return Documents.of(where, new Article(a.id(), a.text(), a.title(),
                a.published() != null ? a.published() : defaults.published(),
                a.outlet() != null ? a.outlet() : defaults.outlet(), a.url() != null ? a.url() : defaults.url()));
    }

    /** {@link ArticleJson#parse}, with an id made from the line's own url or text when it has none. */
    static Article parse(String line) {
        return ArticleJson.parse(line, ArticleIds::of);
    }

    private record Line(byte[] bytes, boolean tooLong) {
    }

    /**
     * The next line's bytes without the line feed, or null at the end of the input. At most
     * {@link CorpusReader#MAX_BYTES} are kept, so that one runaway line cannot exhaust memory. Splitting
     * bytes on '\n' is safe in UTF-8: no multi-byte character contains that byte.
     */
    private static Line next(InputStream in) throws IOException {
        int b = in.read();
        if (b == -1) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        for (; b != -1 && b != '\n'; b = in.read()) {
            if (line.size() < CorpusReader.MAX_BYTES) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        return new Line(line.toByteArray(), tooLong);
    }
}
