package io.claimwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.extract.Gazetteer;
import io.claimwatch.model.Article;
import io.claimwatch.model.Place;
import io.claimwatch.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Toponym resolution on the geocoding corpora (trnews, lgl, geowebnews in ../shared/eval): every gold toponym is
 * resolved by the gazetteer in the context of its article (the other gold toponyms of the article and the
 * outlet's country), as {@code claimwatch places} resolves the toponyms NER finds, and scored as
 * {@code score_geo.py} scores places: accuracy within 161 km (an unresolved toponym is wrong), and the lenient
 * accuracy that also counts a gold country by its ISO code and a gold first-level region by country and name.
 */
public final class GeoEvaluation {
    static final double RADIUS_KM = 161;

    /** One gold toponym and the place it was resolved to (null: unresolved). */
    public record Row(String docId, JsonNode gold, Place place, double km) {
        boolean resolved() {
            return place != null && place.geocoded();
        }

        boolean ok() {
            return resolved() && km <= RADIUS_KM;
        }

        String kind() {
            String k = Jsonl.text(gold, "kind");
            return k == null ? "unknown" : k;
        }

        /** score_geo.py's lenient rule. */
        boolean lenient() {
            if (ok()) {
                return true;
            }
            String country = Jsonl.text(gold, "country");
            if (!resolved() || country == null || !country.equals(place.country())) {
                return false;
            }
            return kind().equals("country") || kind().equals("admin1")
                    && fold(place.name()).equals(fold(Jsonl.text(gold, "name")));
        }
    }

    /** Counts over a set of rows. */
    public record Score(int n, int resolved, int ok, int lenient, double medianKm) {
        static Score of(List<Row> rows) {
            double[] km = rows.stream().filter(Row::resolved).mapToDouble(Row::km).sorted().toArray();
            return new Score(rows.size(), km.length, (int) rows.stream().filter(Row::ok).count(),
                    (int) rows.stream().filter(Row::lenient).count(),
                    km.length == 0 ? Double.NaN : km[km.length / 2]);
        }

        double accuracy() {
            return n == 0 ? Double.NaN : (double) ok / n;
        }

        double lenientAccuracy() {
            return n == 0 ? Double.NaN : (double) lenient / n;
        }

        double resolvedShare() {
            return n == 0 ? Double.NaN : (double) resolved / n;
        }
    }

    /** All rows in gold order, the overall score and one per gold kind. */
    public record Report(List<Row> rows, Score all, Map<String, Score> byKind) {
    }

    private GeoEvaluation() {
    }

    /** Resolves the gold toponyms of {@code dir/gold.jsonl} with the articles of {@code dir/docs.jsonl}. */
    public static Report run(Path dir, Gazetteer gazetteer) throws IOException {
        Map<String, Article> docs = Jsonl.articles(dir.resolve("docs.jsonl"));
        Map<String, List<JsonNode>> byDoc = new LinkedHashMap<>();
        for (JsonNode g : Jsonl.read(dir.resolve("gold.jsonl"))) {
            if (g.hasNonNull("lat") && g.hasNonNull("lon")) {
                byDoc.computeIfAbsent(g.get("doc_id").asText(), k -> new ArrayList<>()).add(g);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> d : byDoc.entrySet()) {
            Article a = docs.get(d.getKey());
            String outlet = a == null ? null : a.url() != null ? a.url() : a.outlet();
            Gazetteer.Context context = gazetteer.context(
                    d.getValue().stream().map(g -> g.get("text").asText()).toList(), outlet);
            for (JsonNode g : d.getValue()) {
                String text = g.get("text").asText();
                Span span = Jsonl.span(g.get("span"));
                Place p = gazetteer.resolve(text, span, context).orElse(null);
                double km = p != null && p.geocoded()
                        ? kilometres(p.lat(), p.lon(), g.get("lat").asDouble(), g.get("lon").asDouble()) : Double.NaN;
                rows.add(new Row(d.getKey(), g, p, km));
            }
        }
        Map<String, List<Row>> kinds = new TreeMap<>();
        rows.forEach(r -> kinds.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r));
        Map<String, Score> byKind = new LinkedHashMap<>();
        kinds.forEach((k, v) -> byKind.put(k, Score.of(v)));
        return new Report(List.copyOf(rows), Score.of(rows), byKind);
    }

    /** Great-circle distance, as score_geo.py computes it. */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    private static String fold(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return String.join(" ", s.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    }
}
