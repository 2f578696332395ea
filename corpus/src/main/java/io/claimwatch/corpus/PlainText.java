package io.claimwatch.corpus;

import io.claimwatch.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Plain-text articles, and the byte-level checks every reader shares: size, binary data, strict UTF-8,
 * empty text.
 *
 * <p>The title of a plain-text article is its first line when that line looks like a headline: it is
 * followed by more text, is at most {@value #MAX_TITLE_CHARS} characters and {@value #MAX_TITLE_WORDS}
 * words, and does not end like prose ({@code . , ; :}). Headlines carry no final full stop; a first line
 * that has one is the first sentence. The title stays in the text, so claim spans still index the file as
 * it is on disk.
 */
final class PlainText {
    static final int MAX_TITLE_CHARS = 150;
    static final int MAX_TITLE_WORDS = 20;

    private PlainText() {
    }

    /** One plain-text article; {@code url} is its address (the id hashes it when given), or null. */
    static Input read(byte[] bytes, String origin, String url, LocalDate published, String outlet) {
        String text;
        try {
            text = decode(bytes);
        } catch (Unreadable e) {
            return new Input.Problem(origin, e.getMessage());
        }
        return Documents.of(origin, new Article(ArticleIds.of(url, text), text, title(text), published, outlet, url));
    }

    /** Reads one article's bytes: at most {@link CorpusReader#MAX_BYTES}, more is refused. */
    static byte[] readArticle(InputStream in) throws IOException, Unreadable {
        byte[] bytes = in.readNBytes((int) CorpusReader.MAX_BYTES + 1);
        if (bytes.length > CorpusReader.MAX_BYTES) {
            throw Unreadable.tooLarge();
        }
        return bytes;
    }

    /** Strict UTF-8: a wrong encoding is reported, never silently turned into replacement characters. */
    static String decode(byte[] bytes) throws Unreadable {
        for (byte b : bytes) {
            if (b == 0) {
                throw new Unreadable("binary data, not text");
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new Unreadable(Unreadable.NOT_UTF8);
        }
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            decode(bytes);
            return true;
        } catch (Unreadable e) {
            return false;
        }
    }

    /** The first line when it looks like a headline (see the class comment), else null. */
    static String title(String text) {
        String body = text.stripLeading();
        int end = body.indexOf('\n');
        if (end < 0 || body.substring(end).isBlank()) {
            return null; // a single line is the article, not its title
        }
        String line = body.substring(0, end).strip();
        if (line.isEmpty() || line.length() > MAX_TITLE_CHARS || line.split("\\s+").length > MAX_TITLE_WORDS) {
            return null;
        }
        char last = line.charAt(line.length() - 1);
        return ".,;:".indexOf(last) >= 0 ? null : line;
    }
}
