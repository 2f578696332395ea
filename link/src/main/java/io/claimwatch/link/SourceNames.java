package io.claimwatch.link;

import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One name per source within an incident. Articles name a source many ways: "police" and "Police", "Police
 * Chief Mark Francis", "Francis", "the regional governor" for the governor named a paragraph earlier. Names
 * are compared case-folded, without a leading "the", a possessive or a title before a name
 * (source-titles.txt); a surname alone stands for the one full name of the article (else of the incident)
 * that ends with it; a description ("the regional governor") for the full name the article writes it next to
 * with its head word ("Governor Ostap Verbytsky", "Ostap Verbytsky, governor of the region"), when exactly
 * one name of the article is written so. A pronoun (pronouns.txt) is no source.
 */
final class SourceNames {
    private static final Set<String> PRONOUNS = Set.copyOf(Words.lines("pronouns.txt"));
    private static final List<String> TITLES = Words.lines("source-titles.txt").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'.-]*");

    /** article id -> raw name key -> the name it resolves to. */
    private final Map<String, Map<String, String>> aliases = new HashMap<>();
    /** resolved key -> the spelling shown (the first one seen). */
    private final Map<String, String> display = new LinkedHashMap<>();

    private SourceNames() {
    }

    /**
     * Resolves the sources of an incident's claims (all of them: a name in one claim explains another);
     * {@code textOf} gives an article's text, where descriptions are looked up.
     */
    static SourceNames of(List<Claim> claims, Function<String, String> textOf) {
        SourceNames names = new SourceNames();
        Map<String, List<Claim>> byArticle = new LinkedHashMap<>();
        claims.forEach(c -> byArticle.computeIfAbsent(c.article().id(), k -> new ArrayList<>()).add(c));
        Set<String> incidentFull = new LinkedHashSet<>();
        Map<String, Set<String>> articleFull = new HashMap<>();
        byArticle.forEach((article, list) -> {
            Set<String> full = new LinkedHashSet<>();
            for (Claim c : list) {
                for (Attribution a : c.attribution()) {
                    String n = clean(a.source());
                    if (isFullName(n)) {
                        full.add(n);
                    }
                }
            }
            articleFull.put(article, full);
            incidentFull.addAll(full);
        });
        byArticle.forEach((article, list) -> {
            Map<String, String> map = new HashMap<>();
            String text = textOf.apply(article);
            for (Claim c : list) {
                for (Attribution a : c.attribution()) {
                    String n = clean(a.source());
                    map.computeIfAbsent(key(a.source()),
                            k -> resolve(n, articleFull.get(article), incidentFull, text));
                }
            }
            names.aliases.put(article, map);
        });
        return names;
    }

    /** The resolved name of {@code raw} as written in the claim's article; null for a pronoun. */
    String name(Claim claim, String raw) {
        String resolved = aliases.getOrDefault(claim.article().id(), Map.of())
                .getOrDefault(key(raw), clean(raw));
        if (resolved == null || resolved.isEmpty() || PRONOUNS.contains(resolved.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return display.computeIfAbsent(key(resolved), k -> resolved);
    }

    /** The comparison key of a name: cleaned, case-folded, without a leading "the". */
    static String key(String raw) {
        return clean(raw).toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    }

    private static String resolve(String name, Set<String> articleFull, Set<String> incidentFull, String text) {
        if (isSingleName(name)) {
            String full = unique(articleFull, f -> f.endsWith(" " + name));
            return full != null ? full : orElse(unique(incidentFull, f -> f.endsWith(" " + name)), name);
        }
        String description = name.replaceFirst("(?i)^the ", "");
        if (!description.isEmpty() && Character.isLowerCase(description.charAt(0))) {
            String[] words = description.split(" ");
            String head = Pattern.quote(words[words.length - 1]);  // "governor" of "regional governor"
            List<String> hits = new ArrayList<>();
            for (String full : articleFull) {
                String f = Pattern.quote(full);
                if (Pattern.compile("(?i:" + head + ")\\s+" + f + "|" + f + ",\\s+(?i:(?:the\\s+|an?\\s+)?(?:\\S+\\s+){0,2}" + head + ")\\b")
                        .matcher(text).find()) {
                    hits.add(full);
                }
            }
            if (hits.size() == 1) {
                return hits.get(0);
            }
        }
        return name;
    }

    private static String unique(Set<String> names, java.util.function.Predicate<String> test) {
        List<String> hits = names.stream().filter(test).toList();
        return hits.size() == 1 ? hits.get(0) : null;
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }

    /** Without surrounding space, a trailing possessive, or a title before a name. */
    static String clean(String raw) {
        String n = raw.strip().replaceAll("\\s+", " ").replaceFirst("(?:'s|’s|')$", "");
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String t : TITLES) {
                if (n.length() > t.length() + 1 && n.regionMatches(true, 0, t, 0, t.length())
                        && n.charAt(t.length()) == ' ' && isNameStart(n.substring(t.length() + 1))) {
                    n = n.substring(t.length() + 1);
                    stripped = true;
                    break;
                }
            }
        }
        return n;
    }

    private static boolean isNameStart(String rest) {
        return NAME_WORD.matcher(rest.split(" ")[0]).matches();
    }

    /** Two or more capitalised words: "Ostap Verbytsky", not "Police" or "State Police" alone... */
    private static boolean isFullName(String n) {
        String[] w = n.split(" ");
        if (w.length < 2 || w.length > 4) {
            return false;
        }
        for (String x : w) {
            if (!NAME_WORD.matcher(x).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSingleName(String n) {
        return !n.contains(" ") && NAME_WORD.matcher(n).matches();
    }
}
