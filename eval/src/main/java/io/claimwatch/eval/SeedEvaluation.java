package io.claimwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleJson;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.Span;
import io.claimwatch.model.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hand-made gold of one article (examples/nk-troops-kursk.gold.json): its count claims, attributions
 * and status cases, each right or wrong with the reason.
 *
 * <p>Sources match by name or alias of the gold's {@code sources[0]}, case-insensitively, with ’ and '
 * alike and a leading "the" ignored, on the attribution's resolved {@code source} or its {@code mention}.
 * Aliases that are a pronoun or a bare description ("he", "The agency": one lower-case word once "the" is
 * dropped) name no one by themselves, so they never match: a claim whose source stayed "he" was not
 * resolved, and the gold asks for the resolution.
 */
public final class SeedEvaluation {
    /** The three parts of the gold, in report order. */
    public enum Section {
        COUNT("count claims"), ATTRIBUTION("attributions"), STATUS("statuses");

        private final String label;

        Section(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A gold party: its name and the other ways the article names it. */
    public record GoldSource(String name, List<String> aliases) {
        public GoldSource {
            aliases = List.copyOf(aliases);
        }
    }

    /** One gold item and whether the claims get it right, with the reason. */
    public record Item(String id, Section section, boolean right, String reason) {
    }

    /** All items in gold order. */
    public record Report(List<Item> items) {
        public Report {
            items = List.copyOf(items);
        }

        public long right(Section section) {
            return items.stream().filter(i -> i.section() == section && i.right()).count();
        }

        public long total(Section section) {
            return items.stream().filter(i -> i.section() == section).count();
        }
    }

    private SeedEvaluation() {
    }

    /** Extracts the article {@code text} (with the gold's publication date and outlet) and scores it. */
    public static Report run(Path goldFile, Path text, Function<Article, List<Claim>> extractor) throws IOException {
        JsonNode gold = ClaimJson.mapper().readTree(goldFile.toFile());
        return score(gold, extractor.apply(article(gold, text)));
    }

    /** The text file of the gold's {@code document.file}, next to the gold file. */
    public static Path defaultText(Path goldFile) throws IOException {
        JsonNode gold = ClaimJson.mapper().readTree(goldFile.toFile());
        Path dir = goldFile.toAbsolutePath().getParent();
        return dir.resolve(gold.path("document").path("file").asText());
    }

    /** The article of {@code text} with the metadata the gold's {@code document} gives at ingest. */
    public static Article article(JsonNode gold, Path text) throws IOException {
        JsonNode doc = gold.path("document");
        String name = text.getFileName().toString();
        String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        return new Article(id, Files.readString(text, StandardCharsets.UTF_8), null,
                ArticleJson.date(Jsonl.text(doc, "published")), Jsonl.text(doc, "outlet"), null);
    }

    /** Scores {@code claims} against the gold. Pure: no I/O. */
    public static Report score(JsonNode gold, List<Claim> claims) {
        List<Item> items = new ArrayList<>();
        gold.path("count_claims").forEach(g -> items.add(countClaim(g, claims)));
        gold.path("attributions").forEach(g -> items.add(attribution(g, claims)));
        gold.path("status").forEach(g -> items.add(status(g, claims)));
        return new Report(items);
    }

    private static Item countClaim(JsonNode g, List<Claim> claims) {
        String id = g.path("id").asText();
        Span span = Jsonl.span(g.get("span"));
        String event = g.path("event").asText();
        long value = g.path("quantity").path("value").asLong();
        String qualifier = g.path("quantity").path("qualifier").asText();
        GoldSource source = primary(g);
        List<Claim> overlapping = overlapping(claims, span, null);
        if (overlapping.isEmpty()) {
            return new Item(id, Section.COUNT, false, "no claim overlaps " + show(span));
        }
        Claim closest = null;
        List<String> closestMismatches = null;
        for (Claim c : overlapping) {
            List<String> mismatches = new ArrayList<>();
            if (!c.event().type().id().equals(event)) {
                mismatches.add("event " + c.event().type().id() + " (gold " + event + ")");
            }
            if (c.quantity() == null) {
                mismatches.add("no quantity (gold " + value + ")");
            } else {
                if (c.quantity().value() != value) {
                    mismatches.add("value " + c.quantity().value() + " (gold " + value + ")");
                }
                if (!c.quantity().qualifier().id().equals(qualifier)) {
                    mismatches.add("qualifier " + c.quantity().qualifier().id() + " (gold " + qualifier + ")");
                }
            }
            String sourceProblem = sourceMismatch(c, source);
            if (sourceProblem != null) {
                mismatches.add(sourceProblem);
            }
            if (mismatches.isEmpty()) {
                return new Item(id, Section.COUNT, true, describe(c));
            }
            if (closestMismatches == null || mismatches.size() < closestMismatches.size()) {
                closest = c;
                closestMismatches = mismatches;
            }
        }
        return new Item(id, Section.COUNT, false,
                "closest " + describe(closest) + ": " + String.join("; ", closestMismatches));
    }

    private static Item attribution(JsonNode g, List<Claim> claims) {
        String id = g.path("id").asText();
        Span span = Jsonl.span(g.get("content_span"));
        GoldSource source = primary(g);
        List<Claim> overlapping = overlapping(claims, span, null);
        if (overlapping.isEmpty()) {
            return new Item(id, Section.ATTRIBUTION, false, "no claim overlaps " + show(span));
        }
        for (Claim c : overlapping) {
            if (sourceMismatch(c, source) == null) {
                return new Item(id, Section.ATTRIBUTION, true, describe(c));
            }
        }
        String found = overlapping.stream().map(SeedEvaluation::sourceOf).distinct().collect(Collectors.joining(", "));
        return new Item(id, Section.ATTRIBUTION, false, "overlapping claims from " + found + " (gold "
                + (source == null ? "none" : source.name()) + ")");
    }

    private static Item status(JsonNode g, List<Claim> claims) {
        String id = g.path("id").asText();
        String kind = g.path("kind").asText();
        Span span = Jsonl.span(g.get("span"));
        Span orSpan = g.hasNonNull("or_span") ? Jsonl.span(g.get("or_span")) : null;
        List<Claim> overlapping = overlapping(claims, span, orSpan);
        String where = show(span) + (orSpan == null ? "" : " or " + show(orSpan));
        String statuses = overlapping.stream().map(c -> c.status().id()).distinct().collect(Collectors.joining(", "));
        if (kind.equals("not_hedged")) {
            // the trap: no claim need exist here, but none may be hedged
            Claim hedged = overlapping.stream().filter(c -> c.status() == Status.HEDGED).findFirst().orElse(null);
            return hedged == null
                    ? new Item(id, Section.STATUS, true, overlapping.isEmpty()
                            ? "no claim overlaps " + where : "overlapping claims are " + statuses)
                    : new Item(id, Section.STATUS, false, describe(hedged) + hedges(hedged));
        }
        Status wanted = Status.valueOf(kind.toUpperCase(Locale.ROOT));
        for (Claim c : overlapping) {
            if (c.status() == wanted) {
                return new Item(id, Section.STATUS, true, describe(c) + hedges(c));
            }
        }
        return new Item(id, Section.STATUS, false, overlapping.isEmpty()
                ? "no claim overlaps " + where : "overlapping claims are " + statuses + " (gold " + kind + ")");
    }

    /** True when the attribution's resolved source or its mention is the gold party's name or a naming alias. */
    public static boolean sourceMatches(Attribution attribution, GoldSource gold) {
        Set<String> names = new HashSet<>();
        names.add(normalize(gold.name()));
        gold.aliases().stream().filter(a -> !isReference(a)).map(SeedEvaluation::normalize).forEach(names::add);
        return names.contains(normalize(attribution.source()))
                || (attribution.mention() != null && names.contains(normalize(attribution.mention())));
    }

    /** Lower case, ’ as ', spaces collapsed, a leading "the" dropped. */
    static String normalize(String name) {
        String n = name.replace('’', '\'').replace('‘', '\'').strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    /** A pronoun or bare description ("he", "The agency"): one lower-case word once "the" is dropped. */
    static boolean isReference(String alias) {
        String a = alias.strip();
        if (a.toLowerCase(Locale.ROOT).startsWith("the ")) {
            a = a.substring(4).strip();
        }
        return !a.isEmpty() && !a.contains(" ") && Character.isLowerCase(a.charAt(0));
    }

    private static String sourceMismatch(Claim c, GoldSource gold) {
        Attribution primary = c.primarySource();
        if (gold == null) {
            return primary == null ? null : "source " + sourceOf(c) + " (gold: none, the outlet's own)";
        }
        if (primary == null) {
            return "no source (gold " + gold.name() + ")";
        }
        return sourceMatches(primary, gold) ? null : "source " + sourceOf(c) + " (gold " + gold.name() + ")";
    }

    private static GoldSource primary(JsonNode g) {
        JsonNode sources = g.path("sources");
        if (!sources.isArray() || sources.isEmpty()) {
            return null;
        }
        JsonNode first = sources.get(0);
        List<String> aliases = new ArrayList<>();
        first.path("aliases").forEach(a -> aliases.add(a.asText()));
        return new GoldSource(first.path("name").asText(), aliases);
    }

    private static List<Claim> overlapping(List<Claim> claims, Span span, Span orSpan) {
        return claims.stream().filter(c -> c.span().overlaps(span) || c.span().overlaps(orSpan)).toList();
    }

    private static String sourceOf(Claim c) {
        Attribution a = c.primarySource();
        if (a == null) {
            return "(outlet)";
        }
        boolean sameMention = a.mention() == null || a.mention().equals(a.source());
        return "'" + a.source() + "'" + (sameMention ? "" : " (mention '" + a.mention() + "')");
    }

    private static String describe(Claim c) {
        String figure = c.quantity() == null ? "" : " " + c.quantity().value() + " " + c.quantity().qualifier().id();
        return "claim " + show(c.span()) + " " + c.event().type().id() + figure + " from " + sourceOf(c) + ", "
                + c.status().id();
    }

    private static String hedges(Claim c) {
        return c.hedges().isEmpty() ? "" : " (cue: " + c.hedges().stream().map(h -> "'" + h.text() + "'")
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String show(Span s) {
        return "[" + s.start() + ", " + s.end() + ")";
    }
}
