package io.claimwatch.extract;

import io.claimwatch.model.Place;
import io.claimwatch.model.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Offline geocoder over {@code gazetteer/places.tsv}: countries, first-level regions and cities from GeoNames
 * (CC BY 4.0), made by {@code tools/gazetteer/build-gazetteer.sh}. Immutable once loaded, so safe to share.
 */
public final class Gazetteer {
    private static final String RESOURCE = "/gazetteer/places.tsv";

    /** Declaration order is the preference order when a name is both, e.g. Georgia the country and the state. */
    enum Kind { COUNTRY, REGION, CITY }

    /** One row of the TSV; {@code region} is the GeoNames admin1 code ("US.MA") of a region or of a city's region. */
    record Entry(String name, String country, Double lat, Double lon, Kind kind, long population, String region) {}

    private static final Comparator<Entry> PREFERENCE = Comparator.comparing(Entry::kind)
            .thenComparing(Comparator.comparingLong(Entry::population).reversed());

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("['’.]"); // "U.S." = "US", "Kurs'k" = "Kursk"
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ABBREVIATED = Pattern.compile("(?<=^| )(st|ste|ft|mt)(?= |$)");
    private static final Map<String, String> EXPANDED =
            Map.of("st", "saint", "ste", "sainte", "ft", "fort", "mt", "mount");

    private final Map<String, List<Entry>> byKey;

    private Gazetteer(Map<String, List<Entry>> byKey) {
        this.byKey = byKey;
    }

    /** Holder idiom: the 2 MB table is read on first use, once, with class-initialisation locking. */
    private static final class Holder {
        static final Gazetteer INSTANCE = read();
    }

    public static Gazetteer load() {
        return Holder.INSTANCE;
    }

    /**
     * The place that {@code text} names, or empty when it names none we know. "City, Region" and "City, Country"
     * forms pick the city inside that area (or the area itself when the city is too small to be listed).
     */
    public Optional<Place> resolve(String text, Span span) {
        return lookup(text).map(e -> new Place(text, e.name(), e.country(), e.lat(), e.lon(), span));
    }

    Optional<Entry> lookup(String text) {
        List<Entry> whole = candidates(text);
        if (!whole.isEmpty()) {
            return best(whole);
        }
        int comma = text.lastIndexOf(',');
        if (comma <= 0) {
            return Optional.empty();
        }
        // Every reading of the qualifier counts: "Atlanta, Georgia" is the state, "Batumi, Georgia" the country.
        List<Entry> areas = candidates(text.substring(comma + 1)).stream().filter(a -> a.kind() != Kind.CITY).toList();
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> inside = candidates(text.substring(0, comma)).stream()
                .filter(e -> areas.stream().anyMatch(a -> contains(a, e)))
                .toList();
        return inside.isEmpty() ? best(areas) : best(inside);
    }

    /** As written first: "St. Louis" is Missouri's; only "St. Lucie" with no such entry falls back to "Saint Lucie". */
    private List<Entry> candidates(String text) {
        String key = normalize(text);
        List<Entry> found = key.isEmpty() ? List.of() : byKey.getOrDefault(key, List.of());
        return found.isEmpty() ? byKey.getOrDefault(expand(key), List.of()) : found;
    }

    private static boolean contains(Entry area, Entry e) {
        return area.kind() == Kind.COUNTRY
                ? e != area && e.country().equals(area.country())
                : e.kind() == Kind.CITY && area.region().equals(e.region());
    }

    private static Optional<Entry> best(List<Entry> candidates) {
        Optional<Entry> top = candidates.stream().min(PREFERENCE);
        if (top.isEmpty() || top.get().kind() != Kind.REGION) {
            return top;
        }
        // GeoNames names some regions after their capital ("Kharkiv", "Donetsk", "Moscow"); news means the city.
        String region = top.get().region();
        return candidates.stream()
                .filter(c -> c.kind() == Kind.CITY && c.region().equals(region))
                .min(PREFERENCE)
                .or(() -> top);
    }

    /** Case, accents, punctuation and a leading "the" are not what tells places apart. */
    static String normalize(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
        s = SEPARATORS.matcher(DROPPED.matcher(s).replaceAll("")).replaceAll(" ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** "ft worth" to "fort worth": a second key, so spelling an abbreviation out or not still matches. */
    private static String expand(String key) {
        return ABBREVIATED.matcher(key).replaceAll(m -> EXPANDED.get(m.group()));
    }

    private static Gazetteer read() {
        Map<String, List<Entry>> byKey = new HashMap<>();
        for (String line : RuleFile.lines(RESOURCE)) {
            String[] f = line.split("\t", -1);
            Entry e = new Entry(f[0], f[1], coordinate(f[2]), coordinate(f[3]),
                    Kind.valueOf(f[4].toUpperCase(Locale.ROOT)), Long.parseLong(f[5]), f[7]);
            List<String> names = new ArrayList<>(List.of(f[0])); // a name may hold commas, aliases don't
            names.addAll(List.of(f[6].split(",")));
            Set<String> keys = new LinkedHashSet<>();
            for (String name : names) {
                if (!name.isBlank()) {
                    keys.add(normalize(name));
                    keys.add(expand(normalize(name)));
                }
            }
            for (String key : keys) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(e);
            }
        }
        byKey.replaceAll((k, v) -> List.copyOf(v));
        return new Gazetteer(Map.copyOf(byKey));
    }

    /** Some small regions have no listed place to take a position from; they resolve without coordinates. */
    private static Double coordinate(String field) {
        return field.isEmpty() ? null : Double.valueOf(field);
    }
}
