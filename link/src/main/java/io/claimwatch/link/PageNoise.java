package io.claimwatch.link;

import io.claimwatch.model.Article;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines of crawled pages that belong to the site, not to the story: menus, sign-up boxes, "most read" lists.
 * They are found across the corpus, not by rules: a line that one outlet prints on two or more of its pages,
 * or that five pages of any outlets share, word for word or but for its names and numbers ({@link #template}),
 * is page furniture. A wire story republished elsewhere keeps its lines, since each outlet prints it once.
 */
final class PageNoise {
    static final int SAME_OUTLET_PAGES = 2;
    static final int ANY_OUTLET_PAGES = 5;

    /** Where a page title's parts meet: "Man shot on Grand Ave. dies - wave3.com-Louisville News, Weather". */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[-|–—:]{1,2}\\s+");

    private final Map<String, Integer> perOutlet = new HashMap<>();
    private final Map<String, Integer> overall = new HashMap<>();
    private final Map<String, Integer> templates = new HashMap<>();
    private final Map<String, Integer> titlePartsPerOutlet = new HashMap<>();

    PageNoise(Collection<Article> articles) {
        for (Article a : articles) {
            for (String line : distinctLines(a.text())) {
                perOutlet.merge(outlet(a) + '\n' + line, 1, Integer::sum);
                overall.merge(line, 1, Integer::sum);
            }
            for (String t : distinctTemplates(a.text())) {
                templates.merge(t, 1, Integer::sum);
            }
            List<String> parts = titleParts(a.title());
            parts.stream().skip(1).distinct()
                    .forEach(part -> titlePartsPerOutlet.merge(outlet(a) + '\n' + normalise(part), 1, Integer::sum));
        }
    }

    /**
     * The article's title without the site's name: a part after the headline that the outlet puts on two or more
     * of its titles ("- ABC57 News - See the Difference Michiana") is the site's, and it made every two stories
     * of one station look alike.
     */
    String title(Article a) {
        List<String> parts = titleParts(a.title());
        if (parts.isEmpty()) {
            return "";
        }
        if (outlet(a).isEmpty()) {
            return a.title();  // pages of unknown sites are no one site's
        }
        List<String> kept = new ArrayList<>(List.of(parts.get(0)));
        parts.stream().skip(1)
                .filter(part -> titlePartsPerOutlet.getOrDefault(outlet(a) + '\n' + normalise(part), 0) < SAME_OUTLET_PAGES)
                .forEach(kept::add);
        return String.join(" - ", kept);
    }

    private static List<String> titleParts(String title) {
        return title == null || title.isBlank() ? List.of() : List.of(TITLE_PARTS.split(title.strip()));
    }

    /** The article's lines that are not page furniture, joined by newlines. */
    String story(Article a) {
        List<String> kept = new ArrayList<>();
        for (String line : a.text().split("\n")) {
            String key = normalise(line);
            if (key.isEmpty()) {
                continue;
            }
            boolean furniture = perOutlet.getOrDefault(outlet(a) + '\n' + key, 0) >= SAME_OUTLET_PAGES
                    || overall.getOrDefault(key, 0) >= ANY_OUTLET_PAGES
                    || templates.getOrDefault(template(line), 0) >= ANY_OUTLET_PAGES;
            if (!furniture) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    /** A capitalised word or a number: the parts of a site's box that change from page to page. */
    private static final Pattern NAME_OR_NUMBER = Pattern.compile("\\b\\p{Lu}[\\p{L}'.]*|[\\p{N}©]+");

    /**
     * A line with its names and numbers blanked: "Whenever Joseph Green posts new content, you'll get an email"
     * and "Whenever Robert Patrick posts..." are one box of one commenting plugin on many sites; "(©2014 CBS
     * Local Media...)" and "(©2015 CBS Local Media...)" one footer. Neither is on five pages word for word, so
     * they linked accidental shootings of children in six states (GVA dev B-cubed 0.922 -> 0.924).
     */
    static String template(String line) {
        return normalise(NAME_OR_NUMBER.matcher(line.strip()).replaceAll("#"));
    }

    /**
     * The templates of the article's lines that keep 20 letters or more once blanked: a short line such as "Police
     * said Smith, 24, was hit" would otherwise make the template "# said #, #, was hit" of many stories.
     */
    private static Set<String> distinctTemplates(String text) {
        Set<String> lines = new HashSet<>();
        for (String line : text.split("\n")) {
            String t = template(line);
            if (t.replace("#", "").replaceAll("\\W", "").length() >= 20) {
                lines.add(t);
            }
        }
        return lines;
    }

    private static Set<String> distinctLines(String text) {
        Set<String> lines = new HashSet<>();
        for (String line : text.split("\n")) {
            String key = normalise(line);
            if (!key.isEmpty()) {
                lines.add(key);
            }
        }
        return lines;
    }

    private static String outlet(Article a) {
        return a.outlet() == null ? "" : a.outlet().toLowerCase(Locale.ROOT);
    }

    private static String normalise(String line) {
        return line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
