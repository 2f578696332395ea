package io.claimwatch.server;

import io.claimwatch.model.Claim;
import io.claimwatch.model.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The map of a search's or an incident's geocoded claims, drawn by the server as SVG over {@code /static/world.svg}
 * (Natural Earth countries, see tools/map): the same equirectangular projection, x = longitude + 180 and
 * y = 90 - latitude, so one unit is one degree. The view is fitted to the points. Each claim is one point, a link to
 * its page, whose marker says the precision of its place (a filled dot for a town, larger hollow shapes for a
 * district, region, country or continent, whose point only stands somewhere inside that area); claims at the same
 * point are spread on a small spiral around it so each stays clickable. Text is handed to the template, which
 * escapes it (article text is untrusted); numbers are formatted here.
 */
record ClaimMap(String viewBox, List<Point> points, List<LegendEntry> legend, List<PlaceGroup> places,
                long geocoded) {
    /** Points drawn at most: the newest (or largest) of a search's geocoded claims. */
    static final int MAX_POINTS = 300;

    /** The world view when the points need no closer one: latitude 84 to -60 (world.svg has no Antarctica). */
    private static final double[] WORLD = {0, 6, 360, 144};
    /** Width over height of every view: the world view's. */
    private static final double ASPECT = WORLD[2] / WORLD[3];
    /** The narrowest view, in degrees of longitude: a town's neighbours still on the map. */
    private static final double MIN_WIDTH = 16;
    /** A marker's unit radius as a share of the view's width: markers keep their size on the screen at any zoom. */
    private static final double UNIT_SHARE = 1.0 / 140;

    /** How each precision is drawn and named, coarsest first; "unknown": stored before places had a precision. */
    enum Style {
        CONTINENT("continent", "continent (a point somewhere in it)", Shape.TRIANGLE, 1.7),
        COUNTRY("country", "country (a point somewhere in it)", Shape.DIAMOND, 1.6),
        REGION("region", "region: state, province, oblast", Shape.SQUARE, 1.3),
        DISTRICT("district", "district, county", Shape.CIRCLE, 1.15),
        CITY("city", "city, town or village", Shape.CIRCLE, 0.9),
        UNKNOWN("unknown", "precision unknown", Shape.CIRCLE, 1.0);

        final String id;
        final String label;
        final Shape shape;
        final double size;

        Style(String id, String label, Shape shape, double size) {
            this.id = id;
            this.label = label;
            this.shape = shape;
            this.size = size;
        }

        static Style of(Place.Precision p) {
            return p == null ? UNKNOWN : valueOf(p.name());
        }

        /** The style of a precision id ("city"); "unknown", null or an id this version does not know: unknown. */
        static Style of(String id) {
            try {
                return of(Place.Precision.of(id));
            } catch (IllegalArgumentException e) {
                return UNKNOWN;
            }
        }
    }

    enum Shape { CIRCLE, SQUARE, DIAMOND, TRIANGLE }

    /**
     * One claim on the map: {@code path} its marker, {@code x}/{@code y} where it is drawn (spread from the true
     * point when claims share it), {@code label} place, precision and the claim in words (its tooltip and name), {@code summary} the claim alone.
     */
    record Point(String claimId, String precision, String x, String y, String path, String label, String summary) {
    }

    /** A legend line: the marker as drawn in a 20 by 20 box around 0, what it means, how many claims have it. */
    record LegendEntry(String precision, String label, String path, long count) {
    }

    /** The list under the map (and the map without scripts or images): a place with its claims on the map. */
    record PlaceGroup(String place, String country, String precision, List<Point> points) {
    }

    /**
     * The map of {@code claims} (the geocoded ones are drawn, in order, at most {@link #MAX_POINTS});
     * {@code counts}: every geocoded claim of the search by precision id, whose sum is how many there are.
     */
    static ClaimMap of(List<Claim> claims, Map<String, Long> counts) {
        List<Claim> located = claims.stream().filter(c -> c.place() != null && c.place().geocoded())
                .limit(MAX_POINTS).toList();
        double[] view = fit(located);
        double unit = view[2] * UNIT_SHARE;
        // claims at one point: spread on a sunflower spiral around it, the first at the point itself
        Map<String, Integer> atPoint = new LinkedHashMap<>();
        List<Point> drawn = new ArrayList<>();
        List<double[]> xy = new ArrayList<>();
        for (Claim c : located) {
            Place p = c.place();
            Style style = Style.of(p.precision());
            double x = p.lon() + 180, y = 90 - p.lat();
            int k = atPoint.merge(String.format(Locale.ROOT, "%.4f,%.4f", p.lat(), p.lon()), 1, Integer::sum) - 1;
            double r = unit * 2.3 * Math.sqrt(k), angle = Math.toRadians(137.508 * k);
            x += r * Math.cos(angle);
            y += r * Math.sin(angle);
            xy.add(new double[] {x, y});
            drawn.add(new Point(c.id(), style.id, num(x), num(y), marker(style.shape, x, y, unit * style.size),
                    label(c), Pages.summary(c)));
        }
        // coarse markers first (underneath), so a town's dot is never hidden under a country's diamond
        List<Point> painted = new ArrayList<>(drawn);
        painted.sort(Comparator.comparing(pt -> Style.of(pt.precision()).ordinal()));
        long geocoded = counts.values().stream().mapToLong(Long::longValue).sum();
        return new ClaimMap(viewBox(view), List.copyOf(painted), legend(counts), places(located, drawn), geocoded);
    }

    /** The map of an incident's (or any list's) claims, counted here. */
    static ClaimMap of(List<Claim> claims) {
        List<Claim> located = claims.stream().filter(c -> c.place() != null && c.place().geocoded()).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Claim c : located) {
            counts.merge(Style.of(c.place().precision()).id, 1L, Long::sum);
        }
        return of(located, counts);
    }

    /** Whether the map leaves some geocoded claims out. */
    public boolean capped() {
        return geocoded > points.size();
    }

    /** The view around the points: padded, at least {@value #MIN_WIDTH} degrees wide, of the world view's shape. */
    static double[] fit(List<Claim> located) {
        if (located.isEmpty()) {
            return WORLD.clone();
        }
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Claim c : located) {
            double x = c.place().lon() + 180, y = 90 - c.place().lat();
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double w = Math.max(MIN_WIDTH, (maxX - minX) * 1.3 + 4), h = Math.max(MIN_WIDTH / ASPECT, (maxY - minY) * 1.3 + 4);
        if (w / h < ASPECT) {
            w = h * ASPECT;
        } else {
            h = w / ASPECT;
        }
        if (w >= WORLD[2]) {
            return WORLD.clone();
        }
        double x = Math.min(Math.max(0, (minX + maxX - w) / 2), 360 - w);
        double y = Math.min(Math.max(0, (minY + maxY - h) / 2), 180 - h);
        return new double[] {x, y, w, h};
    }

    private static List<LegendEntry> legend(Map<String, Long> counts) {
        List<LegendEntry> legend = new ArrayList<>();
        for (Style s : Style.values()) {
            long n = counts.entrySet().stream().filter(e -> Style.of(e.getKey()) == s).mapToLong(Map.Entry::getValue)
                    .sum();
            if (n > 0) {
                legend.add(new LegendEntry(s.id, s.label, marker(s.shape, 0, 0, 3.5 * s.size), n));
            }
        }
        return List.copyOf(legend);
    }

    private static List<PlaceGroup> places(List<Claim> located, List<Point> drawn) {
        Map<String, List<Point>> byPlace = new LinkedHashMap<>();
        Map<String, Claim> first = new LinkedHashMap<>();
        for (int i = 0; i < located.size(); i++) {
            Place p = located.get(i).place();
            String key = Style.of(p.precision()).id + "|" + p.lat() + "|" + p.lon() + "|" + name(p);
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(drawn.get(i));
            first.putIfAbsent(key, located.get(i));
        }
        List<PlaceGroup> groups = new ArrayList<>();
        byPlace.forEach((key, points) -> {
            Place p = first.get(key).place();
            groups.add(new PlaceGroup(name(p), p.country(), Style.of(p.precision()).id, List.copyOf(points)));
        });
        return List.copyOf(groups);
    }

    /** "Kramatorsk (city): 12 people killed (reported), source: governor → Reuters, 2024-03-03". */
    static String label(Claim c) {
        Place p = c.place();
        String date = c.time() != null && c.time().start() != null ? ", " + c.time().start()
                : c.article().published() != null ? ", published " + c.article().published() : "";
        return name(p) + " (" + Style.of(p.precision()).id + "): " + Pages.summary(c) + date;
    }

    private static String name(Place p) {
        return p.name() != null ? p.name() : p.text();
    }

    /** The marker's path around (x, y): r is a circle's radius, and the other shapes' matching size. */
    static String marker(Shape shape, double x, double y, double r) {
        return switch (shape) {
            case CIRCLE -> "M" + num(x - r) + " " + num(y) + "a" + num(r) + " " + num(r) + " 0 1 0 " + num(2 * r)
                    + " 0a" + num(r) + " " + num(r) + " 0 1 0 " + num(-2 * r) + " 0z";
            case SQUARE -> "M" + num(x - r) + " " + num(y - r) + "h" + num(2 * r) + "v" + num(2 * r) + "h"
                    + num(-2 * r) + "z";
            case DIAMOND -> "M" + num(x) + " " + num(y - 1.3 * r) + "L" + num(x + 1.3 * r) + " " + num(y) + "L"
                    + num(x) + " " + num(y + 1.3 * r) + "L" + num(x - 1.3 * r) + " " + num(y) + "z";
            case TRIANGLE -> "M" + num(x) + " " + num(y - 1.4 * r) + "L" + num(x + 1.25 * r) + " " + num(y + 0.8 * r)
                    + "L" + num(x - 1.25 * r) + " " + num(y + 0.8 * r) + "z";
        };
    }

    private static String viewBox(double[] v) {
        return num(v[0]) + " " + num(v[1]) + " " + num(v[2]) + " " + num(v[3]);
    }

    /** A coordinate in SVG: three decimals, no exponent, no locale. */
    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
