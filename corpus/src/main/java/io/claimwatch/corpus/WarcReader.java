package io.claimwatch.corpus;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Web archives (WARC, plain or gzipped per record; jwarc). Articles come from {@code response} records of
 * successful (2xx) HTML pages, and from {@code resource} and {@code conversion} records of plain text or
 * HTML. Every other record (requests, metadata, images, redirects, errors) is not an article and is passed
 * over in silence. Records are numbered from 1 in file order, all types counted: "crawl.warc.gz#record-3".
 *
 * <p>An article's url is the record's target URI (what the archive is indexed by); its id hashes the page's
 * canonical URL when it has one. Its date is the page's, else the given default, else the capture date: a
 * news page is crawled within days of publication, and relative dates ("on Saturday") need an anchor.
 *
 * <p>A truncated or corrupt archive yields the records read so far, then one Problem.
 */
public final class WarcReader {
    private WarcReader() {
    }

    /** Reads every record of {@code in}, then closes it. Never throws: every failure is a Problem. */
    public static void read(InputStream in, String origin, Defaults defaults, Consumer<Input> sink) {
        int number = 0;
        try (in; org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(in)) {
            while (true) {
                Optional<WarcRecord> record;
                try {
                    record = reader.next();
                } catch (IOException | RuntimeException e) {
                    sink.accept(number == 0 ? new Input.Problem(origin, "not a WARC file (" + e.getMessage() + ")")
                            : new Input.Problem(origin + "#record-" + (number + 1), brokenRecord(e)));
                    return;
                }
                if (record.isEmpty()) {
                    break;
                }
                number++;
                String where = origin + "#record-" + number;
                Input input;
                try {
                    input = article(record.get(), where, defaults);
                } catch (Unreadable e) {
                    input = new Input.Problem(where, e.getMessage());
                } catch (EOFException e) {
                    sink.accept(new Input.Problem(where, Unreadable.reason(e)));
                    return; // nothing follows a cut
                } catch (IOException | RuntimeException e) {
                    input = new Input.Problem(where, brokenRecord(e)); // a bad HTTP header: the next record may be fine
                }
                if (input != null) {
                    sink.accept(input);
                }
            }
        } catch (IOException e) {
            sink.accept(new Input.Problem(origin, number == 0 ? "not a WARC file (" + e.getMessage() + ")" : Unreadable.reason(e)));
            return;
        }
        if (number == 0) {
            sink.accept(new Input.Problem(origin, "empty"));
        }
    }

    /** The article of one record, or null when the record holds none. */
    private static Input article(WarcRecord record, String where, Defaults defaults) throws IOException, Unreadable {
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().toString().equalsIgnoreCase("application/http")) {
                return null; // a dns: or gemini: capture
            }
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            if (http.status() / 100 != 2 || !isHtml(type)) {
                return null;
            }
            byte[] body = PlainText.readArticle(http.bodyDecoded().stream()); // de-chunked, un-gzipped
            return page(body, type, response, where, defaults);
        }
        if (record instanceof WarcResource || record instanceof WarcConversion) {
            WarcTargetRecord target = (WarcTargetRecord) record;
            MediaType type = record.contentType();
            boolean text = type.base().toString().equalsIgnoreCase("text/plain");
            if (!text && !isHtml(type)) {
                return null;
            }
            byte[] body = PlainText.readArticle(record.body().stream());
            if (text) {
                return PlainText.read(body, where, target.target(), published(target, defaults), defaults.outlet());
            }
            return page(body, type, target, where, defaults);
        }
        return null;
    }

    private static Input page(byte[] body, MediaType type, WarcTargetRecord record, String where, Defaults defaults)
            throws Unreadable {
        HtmlPage page = HtmlPage.parse(body, type.parameters().get("charset"), record.target());
        return Documents.of(where, page.article(record.target(), published(record, defaults), defaults.outlet()));
    }

    /** The date when the content gives none. */
    private static LocalDate published(WarcRecord record, Defaults defaults) {
        if (defaults.published() != null) {
            return defaults.published();
        }
        return record.date() == null ? null : record.date().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString();
        return base.equalsIgnoreCase("text/html") || base.equalsIgnoreCase("application/xhtml+xml");
    }

    private static String brokenRecord(Exception e) {
        if (e instanceof IOException io && (e instanceof EOFException || e.getCause() instanceof EOFException)) {
            return Unreadable.reason(io);
        }
        return "malformed WARC record (" + e.getMessage() + ")";
    }
}
