package io.claimwatch.extract;

import io.claimwatch.model.Place;
import io.claimwatch.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Offline geocoder over {@code gazetteer/places.tsv.gz}: continents, countries, first-level regions, districts
 * and places of 1,000 people and more from GeoNames (CC BY 4.0), country points and demonyms from world-countries
 * (ODbL), region points from Natural Earth (public domain), made by {@code tools/gazetteer/build-gazetteer.sh}.
 * A name is resolved alone (population and kind decide) or inside an article ({@link #context}): the countries
 * and regions the article names, the country most of its places lie in, the places near its other places and the
 * outlet's home town decide between same-name places. Immutable once loaded, so safe to share.
 */
public final class Gazetteer {
    private static final String RESOURCE = "/gazetteer/places.tsv.gz";

    /** The kind of a row, which is the precision of a place resolved to it. */
    enum Kind {
        CONTINENT, COUNTRY, REGION, DISTRICT, CITY;

        Place.Precision precision() {
            return Place.Precision.valueOf(name());
        }
    }

    /**
     * One row of the table; {@code region} is the GeoNames admin1 code ("US.MA") of a region or of the region a
     * district or city lies in; {@code feature} the GeoNames feature code (PPLC: a capital, PPLA: a region seat).
     */
    record Entry(String name, String country, Double lat, Double lon, Kind kind, long population, String region,
                 String feature) {
        boolean located() {
            return lat != null && lon != null;
        }

        /** {@code text} at {@code span} resolved to this row, with the row's kind as its precision. */
        Place place(String text, Span span) {
            return new Place(text, name, country, lat, lon, kind.precision(), span);
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ABBREVIATED = Pattern.compile("(?<=^| )(st|ste|ft|mt)(?= |$)");
    private static final Map<String, String> EXPANDED =
            Map.of("st", "saint", "ste", "sainte", "ft", "fort", "mt", "mount");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /**
     * "the Donetsk region", "Karak district", "Quebec City": the type word says which kind of place is meant.
     * Nigerian news names its second-level divisions "Guma LGA" or "Guma Local Government Area".
     */
    private static final Pattern TYPE_SUFFIX = Pattern.compile(
            "^(.+) (county|parish|borough|district|province|region|oblast|governorate|state|prefecture|department"
            + "|municipality|lga|local government area|local government|city|town|village)$");
    /** The endings of demonyms and adjectives of place that the table does not list ("Dagestani" is listed). */
    private static final Pattern ADJECTIVE = Pattern.compile("(?:ans?|ese|ish)$");
    private static final Pattern WIDE = Pattern.compile(
            " (?:peninsula|east|west|coast|mountains|sea|ocean|gulf|union|republic|desert|basin|plateau)$");
    private static final Pattern TYPE_PREFIX = Pattern.compile("^(province|state|city|county|region) of (.+)$");
    /** "northern Syria", "Southern California": the area named, which is as near as the gazetteer gets. */
    private static final Pattern DIRECTION = Pattern.compile(
            "^(?:far )?(north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern"
            + "|southeastern|southwestern|north east|north west|south east|south west) (.+)$");

    private final Map<String, List<Entry>> byKey;
    private final Map<String, Entry> byDemonym;

    private Gazetteer(Map<String, List<Entry>> byKey, Map<String, Entry> byDemonym) {
        this.byKey = byKey;
        this.byDemonym = byDemonym;
    }

    /** Holder idiom: the table is read on first use, once, with class-initialisation locking. */
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
        return resolve(text, span, Context.NONE);
    }

    /** As {@link #resolve(String, Span)}, choosing between same-name places by what else the article names. */
    public Optional<Place> resolve(String text, Span span, Context context) {
        Optional<Entry> found = lookup(text, context);
        if (found.isEmpty() && context.focus != null && !isAdjective(text) && !isWide(text)) {
            // A name the table does not hold, in an article centred on one town, is most often a part of it or
            // near it: a street, a church, a stadium, a village ("Royal Street" in a New Orleans story). It is
            // placed at that town, at the town's precision, never finer.
            found = Optional.of(context.focus);
        }
        return found.map(e -> e.place(text, span));
    }

    /** "Korean Peninsula", "Middle East", "Atlas Mountains": an area wider than any town, which none stands for. */
    private static boolean isWide(String text) {
        return WIDE.matcher(key(text)).find();
    }

    /** "Sinhalese", "Ontarians", "European": a people or an adjective, which names no spot to place. */
    private static boolean isAdjective(String text) {
        return ADJECTIVE.matcher(key(text)).find();
    }

    /**
     * What an article says about where it is: {@code toponyms} are the place names it mentions (in order, repeats
     * allowed), {@code outlet} its outlet's domain or URL where known ("cbc.ca", "dallasnews.com"), else null.
     * Each name is first resolved alone, giving the countries and regions the article names and the country most
     * of its places lie in; then, for every two names, the two readings nearest each other are taken as
     * supporting each other when they lie within {@value #NEAR_KM} km ("Paris" and "Henry County": Tennessee).
     * A place the outlet's domain starts with ("dallasnews") is one more name for that, and the paper's home town
     * is the town of that name in the outlet's country or in the country the article's other places lie in.
     */
    public Context context(Collection<String> toponyms, String outlet) {
        Map<String, Integer> countries = new HashMap<>();
        Map<String, Integer> otherCountries = new HashMap<>(); // of the names other than the outlet's town
        List<Entry> others = new ArrayList<>(); // those names read alone
        Set<String> namedCountries = new LinkedHashSet<>();
        Set<String> namedRegions = new LinkedHashSet<>();
        List<List<Entry>> readings = new ArrayList<>();
        String outletPlace = outletPlace(outlet);
        for (String t : new LinkedHashSet<>(toponyms)) {
            Optional<Entry> e = lookup(t, Context.NONE);
            if (e.isEmpty()) {
                continue;
            }
            Entry p = e.get();
            if (p.kind() == Kind.COUNTRY) {
                namedCountries.add(p.country());
            } else if (p.kind() == Kind.REGION) {
                namedRegions.add(p.region());
            }
            if (!p.country().isEmpty()) {
                countries.merge(p.country(), 1, Integer::sum);
                if (!normalize(t).equals(outletPlace)) {
                    otherCountries.merge(p.country(), 1, Integer::sum);
                    if (p.located()) {
                        others.add(p);
                    }
                }
            }
            if (readings.size() < MAX_PAIRED_NAMES) {
                readings.add(pointReadings(t));
            }
        }
        String outletCountry = Optional.ofNullable(outletCountry(outlet)).orElseGet(() -> outletTownCountry(outlet));
        Entry home = null;
        Map<Entry, Integer> support;
        if (outletPlace != null) {
            // a local paper's home town ("dallasnews": Dallas) names its region and country too
            List<Entry> towns = pointReadings(outletPlace).stream().filter(e -> e.kind() == Kind.CITY).toList();
            readings.add(towns);
            support = support(readings);
            // the town of that name in the outlet's country, or in the country the article's other places lie in
            // ("parisbeacon" beside Illinois: Paris, Illinois; "jordannews" beside Robbinsdale: Jordan, Minnesota):
            // one whose region is named or that lies near another place, else the one that dominates the name there
            String where = outletCountry != null ? outletCountry : mostNamed(otherCountries);
            List<Entry> there = where == null ? List.of()
                    : towns.stream().filter(e -> e.country().equals(where)).toList();
            if (!there.isEmpty()) {
                home = there.stream().filter(e -> namedRegions.contains(e.region()) || support.containsKey(e))
                        .findFirst().or(() -> nearest(there, others)).orElse(dominant(there));
            } else if (outletCountry == null) {
                // no town of that name there ("columbuslocalnews" beside Dublin, read alone as Ireland's)
                home = dominant(towns);
            }
            if (home != null) {
                namedRegions.add(home.region());
                outletCountry = home.country();
            }
        } else {
            support = support(readings);
        }
        String main = countries.entrySet().stream().filter(c -> c.getValue() >= 2)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        Context context = new Context(Set.copyOf(namedCountries), Set.copyOf(namedRegions), main, outletCountry,
                support, home, null);
        Entry focus = focus(toponyms, context);
        // a local paper's story that names no town of its own is about the paper's town
        return context.withFocus(focus != null ? focus : home);
    }

    /**
     * The town (or district) the article's toponyms, read in {@code context}, name most often; ties: the one
     * most of the article's other places lie near (a story naming Lviv, Kramatorsk and Sloviansk once each is
     * about Kramatorsk), then the first named. Null when they name none: a story about countries and regions has
     * no town to place a street in.
     */
    private Entry focus(Collection<String> toponyms, Context context) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        toponyms.forEach(t -> mentions.merge(t, 1, Integer::sum));
        Map<Entry, Integer> towns = new LinkedHashMap<>();
        mentions.forEach((t, n) -> lookup(t, context)
                .filter(e -> e.located() && (e.kind() == Kind.CITY || e.kind() == Kind.DISTRICT))
                .ifPresent(e -> towns.merge(e, n, Integer::sum)));
        Comparator<Map.Entry<Entry, Integer>> byMentions = Map.Entry.comparingByValue();
        Comparator<Map.Entry<Entry, Integer>> thenNear =
                byMentions.thenComparing(t -> context.support.getOrDefault(t.getKey(), 0));
        // max keeps the first of equals, and the map is in the order the names come
        return towns.entrySet().stream().max(thenNear).map(Map.Entry::getKey).orElse(null);
    }

    /** The town nearest one of the article's other places within {@value #HOME_KM} km ("theparisnews", Dallas). */
    private static Optional<Entry> nearest(List<Entry> towns, List<Entry> others) {
        Entry best = null;
        double bestKm = HOME_KM;
        for (Entry t : towns) {
            for (Entry o : others) {
                if (o.kind() != Kind.COUNTRY && t.located() && o != t) {
                    double km = kilometres(t, o);
                    if (km < bestKm) {
                        bestKm = km;
                        best = t;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static final double HOME_KM = 250;

    /** The first (most populous) town when it dominates the name: Dallas, Texas, not Richmond (Virginia? Kentucky?). */
    private static Entry dominant(List<Entry> towns) {
        return towns.size() == 1
                || towns.size() > 1 && towns.get(0).population() >= DOMINANT * towns.get(1).population()
                ? towns.get(0) : null;
    }

    /** The country named most often, or null when none is or two tie. */
    private static String mostNamed(Map<String, Integer> counts) {
        int top = counts.values().stream().max(Integer::compare).orElse(0);
        List<String> tops = counts.entrySet().stream().filter(c -> c.getValue() == top)
                .map(Map.Entry::getKey).toList();
        return top > 0 && tops.size() == 1 ? tops.get(0) : null;
    }

    /** The bonus of the outlet's home town itself: a "jordannews" story's "Jordan" is the town, not the country. */
    private static final double HOME = 3;
    private static final double NEAR_KM = 100;
    /** The bonus of a region when the article names another first-level region of the same country. */
    private static final double REGION_PEERS = 2;
    /** A country's capital in an article naming that country: "Washington" beside the United States is the city. */
    private static final double CAPITAL_OF_NAMED_COUNTRY = 2;
    /** How many times the next town's population a town must have to be taken as an outlet's home. */
    private static final double DOMINANT = 4;
    private static final int MAX_PAIRED_NAMES = 60;
    private static final int MAX_READINGS = 40;

    /** The readings of a name that are points (cities and districts), most populous first. */
    private List<Entry> pointReadings(String name) {
        String key = key(name);
        return candidates(name).stream().filter(e -> e.kind().compareTo(Kind.REGION) > 0 && e.located())
                .filter(e -> !isBare(e, key))
                .sorted((a, b) -> Long.compare(b.population(), a.population())).limit(MAX_READINGS).toList();
    }

    /** For each reading, how many other names have their nearest reading close to it. */
    private static Map<Entry, Integer> support(List<List<Entry>> readings) {
        Map<Entry, Integer> support = new IdentityHashMap<>();
        for (int i = 0; i < readings.size(); i++) {
            for (int j = i + 1; j < readings.size(); j++) {
                Entry bestA = null, bestB = null;
                double best = NEAR_KM;
                for (Entry a : readings.get(i)) {
                    for (Entry b : readings.get(j)) {
                        double km = a == b ? NEAR_KM : kilometres(a, b);
                        if (km < best) {
                            best = km;
                            bestA = a;
                            bestB = b;
                        }
                    }
                }
                if (bestA != null) {
                    support.merge(bestA, 1, Integer::sum);
                    support.merge(bestB, 1, Integer::sum);
                }
            }
        }
        return support;
    }

    /** "dallasnews.com" -> "dallas": the longest city name of 5 letters or more the domain's first label starts with. */
    private String outletPlace(String outlet) {
        String first = firstLabel(outlet);
        if (first == null) {
            return null;
        }
        String town = OUTLET_TOWNS.value(first, 1);
        if (town != null) {
            return normalize(town);
        }
        String label = first.replaceFirst("^the", "");
        for (int n = label.length(); n >= 5; n--) {
            String key = label.substring(0, n);
            if (byKey.getOrDefault(key, List.of()).stream().anyMatch(e -> e.kind() == Kind.CITY)) {
                return key;
            }
        }
        return null;
    }

    /** The country of a paper of lexicon/outlet-towns.tsv ("smh.com.au": AU), else null. */
    private static String outletTownCountry(String outlet) {
        return OUTLET_TOWNS.value(firstLabel(outlet), 2);
    }

    /** "https://www.dallasnews.com/x" -> "dallasnews", or null. */
    private static String firstLabel(String outlet) {
        Matcher m = outlet == null ? null : FIRST_LABEL.matcher(outlet.toLowerCase(Locale.ROOT));
        return m != null && m.find() ? m.group(1) : null;
    }

    /** Papers whose address does not start with their town's name ("nola.com": New Orleans). */
    private static final Lexicon OUTLET_TOWNS = Lexicon.load("outlet-towns");

    private static final Pattern FIRST_LABEL = Pattern.compile("^(?:[a-z]+://)?(?:www\\.)?([a-z]+)[.-]");

    /**
     * The country an outlet's domain names ("cbc.ca", "messenger.com.ge", "www.bbc.co.uk/news"), or null for
     * generic endings (.com, .org, .tv...) and for ISO codes sold as generic names (.co, .io, .me, .fm, .ly).
     */
    public static String outletCountry(String outletOrUrl) {
        if (outletOrUrl == null) {
            return null;
        }
        Matcher m = DOMAIN.matcher(outletOrUrl.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        String tld = m.group(1);
        if (GENERIC_CCTLDS.contains(tld)) {
            return null;
        }
        return tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
    }

    private static final Pattern DOMAIN = Pattern.compile("^(?:[a-z]+://)?[^/\\s]*\\.([a-z]{2})(?:[:/]|$)");
    private static final Set<String> GENERIC_CCTLDS = Set.of("co", "io", "me", "fm", "ly", "tv", "ai", "gg", "cc",
            "ws", "to", "am", "la", "nu");

    /** What one article names (opaque outside this class); {@link #NONE} for a name read alone. */
    public static final class Context {
        public static final Context NONE = new Context(Set.of(), Set.of(), null, null, Map.of(), null, null);

        private final Set<String> countries;
        private final Set<String> regions;
        private final String mainCountry;
        private final String outletCountry;
        private final Map<Entry, Integer> support;
        private final Entry home;
        private final Entry focus;

        private Context(Set<String> countries, Set<String> regions, String mainCountry, String outletCountry,
                        Map<Entry, Integer> support, Entry home, Entry focus) {
            this.countries = countries;
            this.regions = regions;
            this.mainCountry = mainCountry;
            this.outletCountry = outletCountry;
            this.support = support;
            this.home = home;
            this.focus = focus;
        }

        private Context withFocus(Entry town) {
            return new Context(countries, regions, mainCountry, outletCountry, support, home, town);
        }

        /**
         * Whether the article names a first-level region other than {@code region}'s own in the same country:
         * then a name that is both a region and its city or a town ("New York", "Delaware") is the region.
         */
        boolean namesPeerOf(Entry region) {
            if (region.kind() != Kind.REGION || region.region().isEmpty()) {
                return false;
            }
            String prefix = region.country() + ".";
            return regions.stream().anyMatch(r -> r.startsWith(prefix) && !r.equals(region.region()));
        }
    }

    Optional<Entry> lookup(String text) {
        return lookup(text, Context.NONE);
    }

    Optional<Entry> lookup(String text, Context context) {
        List<Entry> whole = withoutBareCounties(candidates(text), text, context);
        Entry nation = demonym(text);
        if (nation != null && !whole.contains(nation)) {
            // "Canadian" is Canada before Canadian, Texas
            whole = new ArrayList<>(whole);
            whole.add(nation);
        }
        if (!whole.isEmpty()) {
            return best(whole, context, isShouted(text));
        }
        int comma = text.lastIndexOf(',');
        if (comma > 0) {
            // Every reading of the qualifier counts: "Atlanta, Georgia" is the state, "Batumi, Georgia" the country.
            List<Entry> areas = candidates(text.substring(comma + 1)).stream()
                    .filter(a -> a.kind() == Kind.COUNTRY || a.kind() == Kind.REGION).toList();
            if (areas.isEmpty()) {
                return Optional.empty();
            }
            List<Entry> inside = candidates(text.substring(0, comma)).stream()
                    .filter(e -> areas.stream().anyMatch(a -> contains(a, e)))
                    .toList();
            return inside.isEmpty() ? best(areas, context, false) : best(inside, context, false);
        }
        return Optional.empty();
    }

    /**
     * A county named without the word ("DeKalb" for DeKalb County) is a reading only when the article names its
     * state, the name is no state ("Delaware", "Ohio") and no town of that name lies in that state ("Des Moines",
     * "Houston"), and the name is not shouted (a dateline names a city).
     */
    private static List<Entry> withoutBareCounties(List<Entry> found, String text, Context context) {
        String key = key(text);
        if (found.stream().noneMatch(e -> isBare(e, key))) {
            return found;
        }
        boolean shouted = isShouted(text);
        boolean state = found.stream().anyMatch(e -> e.kind() == Kind.REGION);
        return found.stream().filter(e -> !isBare(e, key) || !shouted && !state
                && context.regions.contains(e.region())
                && found.stream().noneMatch(c -> c.kind() == Kind.CITY && c.region().equals(e.region())))
                .toList();
    }

    private static boolean isBare(Entry e, String key) {
        // the name without its type word ("DeKalb" of "DeKalb County"), not its legal style ("County of Ceredigion");
        // a tribal agency's bare name ("South Waziristan") is no common word and names only the agency
        String name = normalize(e.name());
        return e.kind() == Kind.DISTRICT && (isCountyOf(name, key) || isCountyOf(expand(name), key));
    }

    private static boolean isCountyOf(String name, String key) {
        return name.equals(key + " county") || name.equals(key + " parish");
    }

    /** "Jordanian", "Georgians": the country, as TR-News and LGL annotate them (the extractor never asks). */
    private Entry demonym(String text) {
        String key = normalize(text);
        Entry e = byDemonym.get(key);
        return e == null && key.endsWith("s") ? byDemonym.get(key.substring(0, key.length() - 1)) : e;
    }

    /** The form a name is looked up by: normalised, without a possessive ("Ukraine's"). */
    private static String key(String name) {
        return normalize(POSSESSIVE.matcher(name.strip()).replaceAll(""));
    }

    /**
     * The readings of a name: as written, with "St." spelled out, then with a type word ("Karak district":
     * regions and districts only), "province of X", or a direction ("northern Syria").
     */
    private List<Entry> candidates(String text) {
        String key = key(text);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Entry> found = exact(key);
        Matcher m = TYPE_SUFFIX.matcher(key);
        if (m.matches()) {
            // "Karak district": GeoNames' Karak District (Pakistan) and the Karak governorate (Jordan) both
            List<Entry> typed = ofKind(exact(m.group(1)), m.group(2));
            if (found.isEmpty()) {
                return typed;
            }
            List<Entry> both = new ArrayList<>(found);
            typed.stream().filter(e -> e.kind() != Kind.CITY && !both.contains(e)).forEach(both::add);
            return both;
        }
        if (!found.isEmpty()) {
            return found;
        }
        m = TYPE_PREFIX.matcher(key);
        if (m.matches()) {
            return ofKind(exact(m.group(2)), m.group(1));
        }
        m = DIRECTION.matcher(key);
        if (m.matches()) {
            return exact(m.group(m.groupCount())).stream().filter(e -> e.kind().compareTo(Kind.REGION) <= 0).toList();
        }
        return List.of();
    }

    private List<Entry> exact(String key) {
        List<Entry> found = byKey.getOrDefault(key, List.of());
        return found.isEmpty() ? byKey.getOrDefault(expand(key), List.of()) : found;
    }

    private static List<Entry> ofKind(List<Entry> entries, String typeWord) {
        boolean settlement = Set.of("city", "town", "village").contains(typeWord);
        List<Entry> kept = entries.stream().filter(e -> settlement ? e.kind() == Kind.CITY
                : e.kind() == Kind.REGION || e.kind() == Kind.DISTRICT).toList();
        return kept.isEmpty() ? entries : kept;
    }

    private static boolean contains(Entry area, Entry e) {
        return area.kind() == Kind.COUNTRY
                ? e != area && e.country().equals(area.country())
                : (e.kind() == Kind.CITY || e.kind() == Kind.DISTRICT) && area.region().equals(e.region());
    }

    /** A dateline ("WASHINGTON --") or a headline in capitals names a city, not the state of the same name. */
    private static boolean isShouted(String text) {
        return text.length() > 3 && text.equals(text.toUpperCase(Locale.ROOT)) && !text.contains(".")
                && text.chars().filter(Character::isLetter).count() > 3;
    }

    private static Optional<Entry> best(List<Entry> candidates, Context context, boolean shouted) {
        Entry top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        // "Mexico", "Kuwait": a name that is a country is not its capital for naming that country
        boolean namesCountry = candidates.stream().anyMatch(e -> e.kind() == Kind.COUNTRY);
        for (Entry e : candidates) {
            double s = score(e, context, shouted, namesCountry);
            if (s > topScore) {
                top = e;
                topScore = s;
            }
        }
        if (top == null || top.kind() != Kind.REGION || shouted) {
            return Optional.ofNullable(top);
        }
        // GeoNames names some regions after their capital ("Kharkiv", "Donetsk", "Moscow"); news means the city.
        // Among other regions of the country only a city of the region's very name is: "Kharkiv" beside the
        // Donetsk region is still the city, "New York" beside Vermont the state, not New York City.
        String region = top.region();
        Entry area = top;
        boolean peers = context.namesPeerOf(top);
        return candidates.stream()
                .filter(c -> c.kind() == Kind.CITY && c.region().equals(region) && c.population() >= 15_000)
                .filter(c -> !peers || normalize(c.name()).equals(normalize(area.name())))
                .max((a, b) -> Long.compare(a.population(), b.population()))
                .or(() -> Optional.of(area));
    }

    /**
     * Prior: population (log), a capital or seat, the kind (a country outranks a same-name state, a city a
     * same-name district). Context: the article names the candidate's country or region, most of its places lie
     * in that country, the outlet is there, or other names of the article have a reading near it.
     */
    private static double score(Entry e, Context c, boolean shouted, boolean namesCountry) {
        double s = Math.log10(e.population() + 10.0);
        s += switch (e.kind()) {
            case CONTINENT -> 10;
            case COUNTRY -> 3;
            case REGION -> shouted ? -2 : 1;
            case DISTRICT -> -1;
            case CITY -> "PPLC".equals(e.feature()) ? 1 : e.feature().startsWith("PPLA") ? 0.5 : 0;
        };
        if (e.kind() != Kind.COUNTRY && c.countries.contains(e.country())) {
            s += 1.5;
            if ("PPLC".equals(e.feature()) && !namesCountry) {
                s += CAPITAL_OF_NAMED_COUNTRY;
            }
        }
        if (!e.region().isEmpty() && e.kind() != Kind.REGION && c.regions.contains(e.region())) {
            s += 4;
        }
        if (e.kind() == Kind.REGION && !shouted && c.namesPeerOf(e)) {
            // states among states: "Delaware" beside Kentucky and Florida is the state, not the Ohio town
            s += REGION_PEERS;
        }
        if (e.country().equals(c.mainCountry)) {
            s += 2;
        }
        if (e.country().equals(c.outletCountry)) {
            s += 1;
        }
        s += 2 * Math.min(c.support.getOrDefault(e, 0), 3);
        if (e == c.home) {
            s += HOME;
        }
        return s;
    }

    static double kilometres(Entry a, Entry b) {
        double p1 = Math.toRadians(a.lat()), p2 = Math.toRadians(b.lat());
        double dp = p2 - p1, dl = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /**
     * Case, accents, punctuation and a leading "the" are not what tells places apart: "U.S." is "us", "Kurs'k"
     * "kursk", "Bosnia & Herzegovina" "bosnia and herzegovina". One pass over the characters (the table's
     * 300,000 names are normalised at load).
     */
    static String normalize(String text) {
        String s = text;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\'' || ch == '’' || ch == '.') {
                continue;
            }
            if (ch == '&') {
                b.append(b.length() > 0 ? " and" : "and");
                gap = true;
            } else if (Character.isLetterOrDigit(ch)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.append(Character.toLowerCase(ch));
            } else {
                gap = true;
            }
        }
        String key = b.toString();
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /** "ft worth" to "fort worth": a second key, so spelling an abbreviation out or not still matches. */
    private static String expand(String key) {
        String padded = " " + key + " ";
        boolean abbreviated = false;
        for (String a : EXPANDED.keySet()) {
            abbreviated |= padded.contains(" " + a + " ");
        }
        return abbreviated ? ABBREVIATED.matcher(key).replaceAll(m -> EXPANDED.get(m.group())) : key;
    }

    private static Gazetteer read() {
        Map<String, List<Entry>> byKey = new HashMap<>(400_000);
        Map<String, Entry> byDemonym = new HashMap<>();
        Map<String, String> interned = new HashMap<>(); // region codes and feature codes repeat
        for (String line : lines()) {
            String[] f = line.split("\t", -1);
            Entry e = new Entry(f[0], interned.computeIfAbsent(f[1], k -> k), coordinate(f[2]), coordinate(f[3]),
                    Kind.valueOf(f[4].toUpperCase(Locale.ROOT)), Long.parseLong(f[5]),
                    interned.computeIfAbsent(f[7], k -> k), interned.computeIfAbsent(f[8], k -> k));
            List<String> names = new ArrayList<>(List.of(f[0])); // a name may hold commas, aliases don't
            if (!f[6].isEmpty()) {
                names.addAll(List.of(f[6].split(",")));
            }
            Set<String> keys = new LinkedHashSet<>();
            for (String name : names) {
                if (!name.isBlank()) {
                    String key = normalize(name);
                    keys.add(key);
                    keys.add(expand(key));
                }
            }
            for (String key : keys) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(e);
            }
            if (!f[9].isEmpty()) {
                for (String d : f[9].split(",")) {
                    // "American" is also the demonym of American Samoa and the Northern Marianas
                    byDemonym.merge(normalize(d), e, (a, b) -> a.population() >= b.population() ? a : b);
                }
            }
        }
        byKey.replaceAll((k, v) -> List.copyOf(v));
        return new Gazetteer(Map.copyOf(byKey), Map.copyOf(byDemonym));
    }

    /** The table's rows: UTF-8 TSV, gzipped, "#" lines are comments. */
    private static List<String> lines() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing gazetteer " + RESOURCE);
        }
        List<String> lines = new ArrayList<>(160_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return lines;
    }

    /** Some small regions have no listed place to take a position from; they resolve without coordinates. */
    private static Double coordinate(String field) {
        return field.isEmpty() ? null : Double.valueOf(field);
    }
}
