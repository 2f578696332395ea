package io.claimwatch.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Article ids: the same article read twice (a re-crawl, the same page from two archives, a file re-ingested)
 * gets the same id, which is what makes ingest idempotent.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    /**
     * SHA-1 (hex) of the normalised canonical URL when there is one, else of the normalised text. URL: scheme
     * and host lower-cased, default port, fragment, tracking parameters ({@code utm_*}, {@code fbclid},
     * {@code gclid}) and a trailing slash dropped. Text: NFKC, whitespace runs collapsed to one space, lower case.
     */
    public static String of(String canonicalUrl, String text) {
        if (canonicalUrl != null && !canonicalUrl.isBlank()) {
            return sha1(normaliseUrl(canonicalUrl));
        }
        return sha1(normaliseText(text == null ? "" : text));
    }

    static String normaliseUrl(String url) {
        String trimmed = url.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            // not a parseable URI: still an identifier; only its fragment is dropped
            int hash = trimmed.indexOf('#');
            return hash < 0 ? trimmed : trimmed.substring(0, hash);
        }
        if (uri.isOpaque() || uri.getScheme() == null || uri.getRawAuthority() == null) {
            String s = uri.getRawSchemeSpecificPart();
            return uri.getScheme() == null ? s : uri.getScheme().toLowerCase(Locale.ROOT) + ":" + s;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(scheme).append("://");
        if (uri.getHost() == null) {
            b.append(uri.getRawAuthority().toLowerCase(Locale.ROOT));
        } else {
            b.append(uri.getHost().toLowerCase(Locale.ROOT));
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
            if (!defaultPort) {
                b.append(':').append(port);
            }
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        b.append(path);
        String query = keptParameters(uri.getRawQuery());
        if (!query.isEmpty()) {
            b.append('?').append(query);
        }
        return b.toString();
    }

    /** The query without the parameters that only say where a click came from. */
    private static String keptParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : rawQuery.split("&")) {
            String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!param.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
                kept.add(param);
            }
        }
        return String.join("&", kept);
    }

    static String normaliseText(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("(?U)\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
