package io.claimwatch.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article text of a page, without the page around it. Two steps:
 * <ol>
 * <li>boilerplate removal: scripts, styles, forms, navigation, headers, footers, asides, and elements whose
 * class, id or role names a comment section, related or recommended articles, sharing, newsletter, ads...;
 * <li>Readability4J (a port of Mozilla's Readability, the Firefox reader view) picks the main content by
 * the density of paragraph text, links and commas.
 * </ol>
 * The text is the content's paragraphs (block elements) separated by a blank line; a {@code <br>} is a line
 * break. When Readability finds nothing, the whole cleaned body is used.
 */
final class MainText {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, textarea, dialog";
    private static final String FURNITURE_TAGS = "nav, header, footer, aside, menu";
    private static final String FURNITURE_ROLES = "[role~=^(navigation|banner|contentinfo|complementary|search)$], "
            + "[aria-hidden=true], [hidden]";
    /** Class or id words of page furniture, matched as whole words of a class/id ("related-stories", "comments"). */
    private static final Pattern FURNITURE_NAME = Pattern.compile("(?i)(?:^|[\\s_-])(comments?|disqus|replies|related"
            + "|recommended|more-stories|most-read|popular|trending|share|sharing|social|newsletter|subscribe|promo"
            + "|advert|advertisement|ads?|sponsored|sidebar|breadcrumbs?|cookies?|consent|footer|nav|navbar|menu"
            + "|masthead|paywall|outbrain|taboola)(?:$|[\\s_-])");
    private static final Set<String> NEVER_REMOVED_BY_NAME = Set.of("html", "body", "main", "article");
    /**
     * Elements deeper than this are unwrapped (their children take their place) before Readability4J sees the
     * page: its work, through jsoup's pretty-printer, grows with the square of the nesting (a 1.1 MB page of
     * 100,000 nested divs took over 5 minutes). Real pages nest a few dozen levels.
     */
    static final int MAX_DEPTH = 256;

    private MainText() {
    }

    /** Cleans {@code doc} in place and returns its main text. */
    static String of(Document doc) {
        removeBoilerplate(doc);
        capDepth(doc);
        if (doc.body().text().isBlank()) {
            return ""; // else Readability falls back to the <title>
        }
        Element content = null;
        try {
            content = new Readability4J(doc.location(), doc.clone()).parse().getArticleContent();
        } catch (RuntimeException e) {
            // a page Readability cannot handle still has text: fall back to the cleaned body
        }
        String text = content == null ? "" : paragraphs(content);
        return text.isBlank() ? paragraphs(doc.body()) : text;
    }

    /**
     * Flattens every element at depth {@link #MAX_DEPTH} below the document that has elements inside: its
     * content becomes the text of everything under it, one text node per text node it held (a space between
     * them, so that words of two blocks stay apart). Linear in the size of the page: the text is copied, not
     * moved, since jsoup's re-parenting walks up to the document from the node's old place, which is what the
     * deep page makes quadratic. Only the block boundaries under the cap are lost.
     */
    static void capDepth(Document doc) {
        List<Element> atCap = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth == MAX_DEPTH && node instanceof Element e && !e.children().isEmpty()) {
                atCap.add(e);
            }
        }, doc);
        for (Element e : atCap) {
            List<TextNode> texts = new ArrayList<>();
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode t && !t.isBlank()) {
                    texts.add(new TextNode((texts.isEmpty() ? "" : " ") + t.getWholeText()));
                }
            }, e);
            e.empty();
            texts.forEach(e::appendChild);
        }
    }

    /** The text of an HTML fragment (a feed entry's content): cleaned, no content detection. */
    static String ofFragment(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        removeBoilerplate(doc);
        return paragraphs(doc.body());
    }

    /** HTML comments need no removal: only text nodes become text. */
    private static void removeBoilerplate(Document doc) {
        doc.select(NEVER_TEXT).remove();
        doc.select(FURNITURE_TAGS).remove();
        int pageLength = doc.body().text().length();
        for (Element e : doc.select(FURNITURE_ROLES)) {
            removeUnlessMostOfPage(e, pageLength);
        }
        for (Element e : doc.select("[class], [id]")) {
            if (!NEVER_REMOVED_BY_NAME.contains(e.normalName()) && e.parent() != null
                    && FURNITURE_NAME.matcher(e.className() + " " + e.id()).find()) {
                removeUnlessMostOfPage(e, pageLength);
            }
        }
    }

    /** A wrapper holding most of the page is the page, whatever its class or role says ("page nav-open"). */
    private static void removeUnlessMostOfPage(Element e, int pageLength) {
        if (e.parent() != null && e.text().length() * 2 < pageLength) {
            e.remove();
        }
    }

    /** Block elements become paragraphs separated by a blank line; whitespace inside one is collapsed. */
    private static String paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        current.append('\n');
                    } else if (e.isBlock()) {
                        flush(current, out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    flush(current, out);
                }
            }
        }, root);
        flush(current, out);
        return String.join("\n\n", out);
    }

    private static void flush(StringBuilder current, List<String> out) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : current.toString().split("\n")) {
            String l = line.replaceAll("\\s+", " ").strip();
            if (!l.isEmpty()) {
                paragraph.append(paragraph.length() == 0 ? "" : "\n").append(l);
            }
        }
        if (paragraph.length() > 0) {
            out.add(paragraph.toString());
        }
        current.setLength(0);
    }
}
