package io.claimwatch.link;

import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Place;
import io.claimwatch.model.TimeSpan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Links a corpus: syndicated copies into report groups, articles into incidents. The whole corpus is
 * relinked each time (seconds for thousands of articles), so results never depend on ingest order.
 */
public final class Linker {
    private static final Comparator<Article> OLDEST_FIRST = Comparator
            .comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::id);

    /** The most days before its first report that an event told in it is dated to. */
    static final int EVENT_DAYS_BEFORE_REPORT = 7;

    private Linker() {
    }

    public static Linking link(Collection<Article> articles, Collection<Claim> claims) {
        List<Article> sorted = articles.stream().sorted(OLDEST_FIRST).toList();
        PageNoise noise = new PageNoise(sorted);
        Map<String, String> story = new LinkedHashMap<>();
        Map<String, String> title = new HashMap<>();
        for (Article a : sorted) {
            story.put(a.id(), noise.story(a));
            title.put(a.id(), noise.title(a));
        }
        List<String[]> copies = new ArrayList<>(Syndication.pairs(story, title));
        copies.addAll(samePage(sorted));
        Map<String, String> reportGroupOf = reportGroups(sorted, copies);

        Map<String, List<Claim>> claimsOf = claims.stream().collect(Collectors.groupingBy(c -> c.article().id()));
        List<IncidentClustering.Doc> docs = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        Set<String> indexes = new HashSet<>();
        for (Article a : sorted) {
            if (StoryIndex.isIndex(story.get(a.id()))) {
                indexes.add(a.id());
                groups.add(List.of(a.id()));  // alone, and no incident
                continue;
            }
            List<String> words = Words.content(story.get(a.id()));
            words.addAll(Words.content(title.get(a.id())));
            words.addAll(Words.names(story.get(a.id())));
            words.addAll(Words.ages(story.get(a.id())));
            words.addAll(Words.ages(title.get(a.id())));
            List<Claim> own = claimsOf.getOrDefault(a.id(), List.of());
            docs.add(new IncidentClustering.Doc(a.id(), a.published(), words, townsTold(own), eventDays(a, own),
                    RoundUp.isRoundUp(title.get(a.id())), a.outlet()));
        }
        List<String[]> storyCopies = copies.stream()
                .filter(p -> !indexes.contains(p[0]) && !indexes.contains(p[1])).toList();
        groups.addAll(0, IncidentClustering.cluster(docs, storyCopies));

        Map<String, Article> byId = sorted.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        Map<String, List<Claim>> toldOf = claims.stream()
                .filter(c -> c.event().type() != EventType.STATEMENT)
                .collect(Collectors.groupingBy(c -> c.article().id()));
        List<Incident> incidents = new ArrayList<>();
        for (List<String> group : groups) {
            List<Article> members = group.stream().map(byId::get).sorted(OLDEST_FIRST).toList();
            List<Claim> told = members.stream().flatMap(a -> toldOf.getOrDefault(a.id(), List.of()).stream()).toList();
            if (!told.isEmpty() && !indexes.contains(group.get(0))) {
                incidents.add(incident(members, told));
            }
        }
        return new Linking(reportGroupOf, groups, incidents);
    }

    /**
     * The distinct towns and districts an article's claims (statements too) are placed in. A region or a country
     * says too little to tell two events apart.
     */
    private static List<IncidentClustering.Point> townsTold(List<Claim> claims) {
        List<IncidentClustering.Point> points = new ArrayList<>();
        for (Claim c : claims) {
            Place p = c.place();
            if (p != null && p.geocoded()
                    && (p.precision() == Place.Precision.CITY || p.precision() == Place.Precision.DISTRICT)) {
                IncidentClustering.Point point = new IncidentClustering.Point(
                        p.text().strip().toLowerCase(Locale.ROOT), p.lat(), p.lon());
                if (!points.contains(point)) {
                    points.add(point);
                }
            }
        }
        return points;
    }

    /**
     * The days an article's event claims date their event to, by the rule that dates an incident
     * ({@link #eventDay}: one day, at most {@link #EVENT_DAYS_BEFORE_REPORT} days before the report, not after it).
     */
    private static List<LocalDate> eventDays(Article a, List<Claim> claims) {
        if (a.published() == null) {
            return List.of();
        }
        return claims.stream()
                .filter(c -> c.event().type() != EventType.STATEMENT)
                .map(Claim::time)
                .filter(t -> t != null && eventDay(t, List.of(a.published())))
                .map(TimeSpan::start).distinct().toList();
    }

    /**
     * Pages of one outlet with one title and one text (a page crawled at two addresses): copies, although
     * PageNoise leaves them no story to compare, since every line of theirs is on two of the outlet's pages. The
     * title must match too: pages of one site with one text and other titles are its error or sign-in page.
     */
    static List<String[]> samePage(List<Article> articles) {
        Map<String, String> first = new HashMap<>();
        List<String[]> pairs = new ArrayList<>();
        for (Article a : articles) {
            String key = (a.outlet() == null ? "" : a.outlet()) + '\n' + a.title() + '\n' + a.text().strip();
            String earlier = first.putIfAbsent(key, a.id());
            if (earlier != null) {
                pairs.add(new String[] {earlier, a.id()});
            }
        }
        return pairs;
    }

    /** Union-find over the copy pairs; a group is named by its oldest article (the likely original). */
    private static Map<String, String> reportGroups(List<Article> oldestFirst, List<String[]> copies) {
        Map<String, String> parent = new HashMap<>();
        oldestFirst.forEach(a -> parent.put(a.id(), a.id()));
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            rank.put(oldestFirst.get(i).id(), i);
        }
        for (String[] p : copies) {
            String ra = root(parent, p[0]);
            String rb = root(parent, p[1]);
            if (!ra.equals(rb)) {
                // the older root stays the name of the group
                if (rank.get(ra) < rank.get(rb)) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }
        Map<String, String> groups = new LinkedHashMap<>();
        oldestFirst.forEach(a -> groups.put(a.id(), root(parent, a.id())));
        return groups;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(id, r);
        return r;
    }

    private static Incident incident(List<Article> oldestFirst, List<Claim> claims) {
        Article first = oldestFirst.get(0);
        String place = claims.stream()
                .map(c -> c.place() == null ? null : c.place().name() != null ? c.place().name() : c.place().text())
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        List<LocalDate> published = oldestFirst.stream().map(Article::published).filter(Objects::nonNull).sorted().toList();
        List<LocalDate> days = claims.stream()
                .map(Claim::time)
                .filter(t -> t != null && eventDay(t, published))
                .map(TimeSpan::start).sorted().toList();
        if (days.isEmpty()) {
            days = published;
        }
        String label = first.title() != null && !first.title().isBlank() ? first.title().strip()
                : abbreviate(claims.get(0).text());
        return new Incident("inc-" + sha1(first.id()).substring(0, 16), label, place,
                days.isEmpty() ? null : days.get(0), days.isEmpty() ? null : days.get(days.size() - 1),
                oldestFirst.stream().map(Article::id).toList(),
                claims.stream().map(Claim::id).toList());
    }

    /**
     * Whether a claim's time can date the event: one day (not a range such as "since September 2022", which
     * is background), and not before {@link #EVENT_DAYS_BEFORE_REPORT} days ahead of the first report nor
     * after the last (an anniversary or an earlier attack mentioned for context).
     */
    private static boolean eventDay(TimeSpan t, List<LocalDate> published) {
        if (t.start() == null || t.end() != null && !t.end().equals(t.start())) {
            return false;
        }
        return published.isEmpty() || !t.start().isBefore(published.get(0).minusDays(EVENT_DAYS_BEFORE_REPORT))
                && !t.start().isAfter(published.get(published.size() - 1));
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
