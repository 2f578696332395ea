package io.claimwatch.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The input formats, told by file name, or by the first bytes where the name says nothing. */
enum Format {
    TEXT, HTML, JSONL, WARC, FEED, GZIP,
    /** An XML document: read only when its root is a feed. */
    XML;

    /** How many bytes sniffing looks at: enough to pass an XML prolog, a doctype and a few comments. */
    private static final int HEAD = 4096;

    /** The format a file name promises, or null when it promises none (then the content decides). */
    static Format ofName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return WARC; // jwarc reads per-record gzip itself
        }
        if (n.endsWith(".gz")) {
            return GZIP;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return TEXT;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return HTML;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return JSONL;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom")) {
            return FEED;
        }
        return n.endsWith(".xml") ? XML : null;
    }

    /** Looks at the first bytes without consuming them. */
    static Format sniff(BufferedInputStream in) throws IOException {
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        return sniff(head);
    }

    static Format sniff(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        // ISO-8859-1 maps every byte to one char: enough to see ASCII markup whatever the real encoding
        String s = new String(head, StandardCharsets.ISO_8859_1);
        s = s.startsWith("\u00ef\u00bb\u00bf") ? s.substring(3) : s; // UTF-8 byte order mark
        s = s.stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("warc/")) {
            return WARC;
        }
        if (s.startsWith("{")) {
            return JSONL;
        }
        if (!s.startsWith("<")) {
            return TEXT;
        }
        boolean html = s.contains("<html") || s.contains("<!doctype html");
        if (!html && (s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf"))) {
            return FEED;
        }
        return !html && s.startsWith("<?xml") ? XML : HTML;
    }
}
