package io.claimwatch.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.ArticleJson;
import io.claimwatch.model.ClaimJson;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself. Sources in order of trust: JSON-LD {@code NewsArticle} (structured, meant
 * for search engines), then Open Graph / {@code article:} meta tags, then plain HTML ({@code <title>},
 * {@code <time>}).
 */
record PageMetadata(String title, LocalDate published, String outlet, String canonicalUrl) {
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
            "BlogPosting", "LiveBlogPosting", "Report");

    static PageMetadata of(Document doc) {
        JsonNode ld = jsonLdArticle(doc);
        String title = first(text(ld, "headline"), meta(doc, "meta[property=og:title]"),
                meta(doc, "meta[name=twitter:title]"), doc.title(), ownText(doc.selectFirst("h1")));
        LocalDate published = date(text(ld, "datePublished"));
        for (String selector : List.of("meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name~=(?i)^(date|pubdate|publishdate|publish-date|dc\\.date|dcterms\\.date|parsely-pub-date)$]")) {
            published = published != null ? published : date(meta(doc, selector));
        }
        if (published == null) {
            Element time = doc.selectFirst("article time[datetime], time[itemprop=datePublished]");
            published = time == null ? null : date(time.attr("datetime"));
        }
        String outlet = first(publisher(ld), meta(doc, "meta[property=og:site_name]"));
        String canonical = first(absolute(doc.selectFirst("link[rel=canonical][href]"), "href"),
                absolute(doc.selectFirst("meta[property=og:url][content]"), "content"));
        return new PageMetadata(title, published, outlet, canonical);
    }

    /** The first JSON-LD object typed as an article, looking into arrays and {@code @graph}; broken JSON is skipped. */
    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            List<JsonNode> nodes = new ArrayList<>();
            try {
                nodes.add(ClaimJson.mapper().readTree(script.data()));
            } catch (Exception e) {
                continue; // hand-written JSON-LD is often broken; the meta tags remain
            }
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode node = nodes.get(i);
                if (node == null) {
                    continue;
                }
                if (node.isArray()) {
                    node.forEach(nodes::add);
                } else if (node.has("@graph")) {
                    node.get("@graph").forEach(nodes::add);
                } else if (isArticle(node.get("@type"))) {
                    return node;
                }
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    private static String publisher(JsonNode ld) {
        JsonNode p = ld == null ? null : ld.get("publisher");
        if (p != null && p.isArray()) {
            p = p.size() > 0 ? p.get(0) : null;
        }
        if (p == null) {
            return null;
        }
        return p.isTextual() ? p.asText() : text(p, "name");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isValueNode() ? value.asText() : null;
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr("content");
    }

    private static String ownText(Element e) {
        return e == null ? null : e.text();
    }

    private static String absolute(Element e, String attribute) {
        if (e == null) {
            return null;
        }
        String abs = e.absUrl(attribute); // empty when the page has no base URI to resolve against
        return abs.isEmpty() ? e.attr(attribute) : abs;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** ISO dates and timestamps (the date as written, in the publisher's offset), or RFC 1123 ("Fri, 14 Mar 2025 ..."). */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate iso = ArticleJson.date(value.strip());
        if (iso != null) {
            return iso;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
