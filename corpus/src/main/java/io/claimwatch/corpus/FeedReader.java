package io.claimwatch.corpus;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.claimwatch.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * RSS and Atom feeds (Rome): each entry with content or a description is an article ("feed.xml#entry-2"),
 * its HTML cleaned to text; the feed's title is the outlet. An entry without text, or one Rome cannot map,
 * is a Problem and the other entries are read. A feed that is not well-formed XML is one Problem: XML has
 * no way to resynchronise after an error.
 */
final class FeedReader {
    /** A feed is parsed whole into a DOM; archives this large belong in WARC or JSON Lines. */
    static final long MAX_FEED_BYTES = 8 * CorpusReader.MAX_BYTES;

    private FeedReader() {
    }

    static void read(InputStream in, String origin, Defaults defaults, Consumer<Input> sink) {
        SyndFeed feed;
        try {
            byte[] bytes = in.readNBytes((int) MAX_FEED_BYTES + 1);
            if (bytes.length > MAX_FEED_BYTES) {
                sink.accept(new Input.Problem(origin, "too large for a feed (over "
                        + MAX_FEED_BYTES / (1024 * 1024) + " MB)"));
                return;
            }
            // XmlReader finds the encoding (byte order mark, XML prolog); doctypes stay refused (no XXE)
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            sink.accept(new Input.Problem(origin, "not a readable RSS or Atom feed (" + e.getMessage() + ")"));
            return;
        } catch (IOException e) {
            sink.accept(new Input.Problem(origin, Unreadable.reason(e)));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.accept(new Input.Problem(origin, "a feed without entries"));
        }
        String outlet = blankToNull(feed.getTitle()) != null ? feed.getTitle().strip() : defaults.outlet();
        for (int i = 0; i < entries.size(); i++) {
            String where = origin + "#entry-" + (i + 1);
            Input input;
            try {
                input = entry(entries.get(i), where, outlet, defaults);
            } catch (RuntimeException e) {
                input = new Input.Problem(where, "unreadable entry (" + e + ")"); // Rome's model of a strange entry
            }
            sink.accept(input);
        }
    }

    private static Input entry(SyndEntry entry, String where, String outlet, Defaults defaults) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            html.append(text(content)).append("\n\n");
        }
        String text = html.toString().strip();
        if (text.isEmpty() && entry.getDescription() != null) {
            text = text(entry.getDescription()).strip();
        }
        if (text.isEmpty()) {
            return new Input.Problem(where, "an entry without content or description");
        }
        String url = blankToNull(entry.getLink());
        if (url == null && entry.getUri() != null && entry.getUri().startsWith("http")) {
            url = entry.getUri(); // Atom ids are often the permalink
        }
        LocalDate published = date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
        // no defaults.url(): one address on the command line cannot be every entry's
        return Documents.of(where, new Article(ArticleIds.of(url, text), text, blankToNull(entry.getTitle()),
                published != null ? published : defaults.published(), outlet, url));
    }

    /** Plain text as it is; HTML (RSS descriptions, Atom html/xhtml content) cleaned to paragraphs. */
    private static String text(SyndContent content) {
        String value = content.getValue() == null ? "" : content.getValue();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? value.strip() : MainText.ofFragment(value);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
