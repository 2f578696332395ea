package io.claimwatch.corpus;

import io.claimwatch.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** One HTML page read: its metadata and its main text (paragraphs separated by a blank line). */
record HtmlPage(String title, LocalDate published, String outlet, String canonicalUrl, String text) {

    /**
     * The encoding is the one {@code declaredCharset} names (an HTTP header), else UTF-8 when the bytes are
     * valid UTF-8, else what the page declares (byte order mark, {@code <meta charset>}); bytes that are none
     * of these are refused rather than read as replacement characters.
     *
     * @param baseUri where the page was fetched from (resolves relative links), or null
     */
    static HtmlPage parse(byte[] bytes, String declaredCharset, String baseUri) throws Unreadable {
        Charset charset = charset(declaredCharset);
        Document doc;
        if (charset == null && PlainText.isUtf8(bytes)) {
            doc = parse(bytes, StandardCharsets.UTF_8, baseUri);
        } else {
            doc = parse(bytes, charset, baseUri); // null: jsoup looks for a byte order mark and <meta charset>
            if (charset == null && doc.charset().equals(StandardCharsets.UTF_8)) {
                PlainText.decode(bytes); // throws the precise reason: binary data, or not UTF-8
            }
        }
        PageMetadata meta = PageMetadata.of(doc); // before MainText cleans the document
        String text = MainText.of(doc);
        if (text.isBlank()) {
            String reason = TextCheck.unusable(new String(bytes, doc.charset()));
            throw new Unreadable(reason != null ? reason : "no article text in the page");
        }
        return new HtmlPage(meta.title(), meta.published(), meta.outlet(), meta.canonicalUrl(), text);
    }

    /**
     * The article. {@code url} is its address: the id hashes the canonical URL when the page gives one,
     * else {@code url}; the fallbacks fill what the page does not say.
     */
    Article article(String url, LocalDate fallbackDate, String fallbackOutlet) {
        return new Article(ArticleIds.of(canonicalUrl != null ? canonicalUrl : url, text), text, title,
                published != null ? published : fallbackDate, outlet != null ? outlet : fallbackOutlet, url);
    }

    private static Document parse(byte[] bytes, Charset charset, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset == null ? null : charset.name(),
                    baseUri == null ? "" : baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array", e);
        }
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // an unknown charset label: as if none was given
        }
    }
}
