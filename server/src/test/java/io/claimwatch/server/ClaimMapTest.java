package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.claimwatch.model.ArticleRef;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Event;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Evidence;
import io.claimwatch.model.PartyKind;
import io.claimwatch.model.Place;
import io.claimwatch.model.Qualifier;
import io.claimwatch.model.Quantity;
import io.claimwatch.model.Span;
import io.claimwatch.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The points, view, legend and place list of the claim map, from hand-made claims. */
class ClaimMapTest {
    private static final Place KRAMATORSK = place("Kramatorsk", 48.7389, 37.5844, Place.Precision.CITY);
    private static final Place UKRAINE = place("Ukraine", 49.0, 32.0, Place.Precision.COUNTRY);
    private static final Place DONETSK_OBLAST = place("Donetsk Oblast", 48.0, 37.8, Place.Precision.REGION);

    private static Place place(String name, double lat, double lon, Place.Precision precision) {
        return new Place(name, name, "UA", lat, lon, precision, new Span(0, name.length()));
    }

    private static Claim claim(String id, long figure, Place place) {
        String text = figure + " people were killed, the governor said.";
        return new Claim(id, new ArticleRef("a-" + id, null, "Wire", LocalDate.of(2024, 3, 3)), text,
                new Span(0, text.length()), new Event(EventType.KILLED, new Evidence("killed", new Span(0, 6))),
                new Quantity(String.valueOf(figure), figure, Qualifier.EXACT, figure, figure, new Span(0, 2)),
                new Evidence("people", new Span(3, 9)), null, place, null,
                List.of(new Attribution("governor", PartyKind.GOVERNMENT, "the governor", new Span(0, 5), "said",
                        new Span(6, 10))), Status.REPORTED, List.of());
    }

    @Test
    void eachGeocodedClaimIsAPointAtItsPlaceInTheWorldSvgsProjection() {
        ClaimMap map = ClaimMap.of(List.of(claim("k", 12, KRAMATORSK), claim("u", 40, UKRAINE),
                claim("none", 3, null), claim("nowhere", 5, Place.unresolved("Qwxzy", new Span(0, 5)))));
        assertThat(map.points()).extracting(ClaimMap.Point::claimId).containsExactlyInAnyOrder("k", "u");
        assertThat(map.geocoded()).isEqualTo(2);
        ClaimMap.Point k = point(map, "k");
        assertThat(Double.parseDouble(k.x())).isCloseTo(37.5844 + 180, within(0.001));
        assertThat(Double.parseDouble(k.y())).isCloseTo(90 - 48.7389, within(0.001));
        assertThat(k.precision()).isEqualTo("city");
        assertThat(k.label()).isEqualTo("Kramatorsk (city): 12 people killed (reported), source: governor → Wire,"
                + " published 2024-03-03");
        assertThat(point(map, "u").precision()).isEqualTo("country");
        // a country's point is drawn under a town's
        assertThat(map.points()).extracting(ClaimMap.Point::claimId).containsExactly("u", "k");
    }

    @Test
    void theViewIsFittedAroundThePointsWithTheWorldViewsShape() {
        double[] view = viewBox(ClaimMap.of(List.of(claim("k", 12, KRAMATORSK), claim("u", 40, UKRAINE))));
        assertThat(view[2] / view[3]).isCloseTo(2.5, within(0.01));
        assertThat(view[2]).isLessThan(40);
        for (double[] xy : List.of(new double[] {37.5844 + 180, 90 - 48.7389}, new double[] {32.0 + 180, 90 - 49.0})) {
            assertThat(xy[0]).isBetween(view[0], view[0] + view[2]);
            assertThat(xy[1]).isBetween(view[1], view[1] + view[3]);
        }
        // points across the world: the world view
        Place anchorage = place("Anchorage", 61.22, -149.9, Place.Precision.CITY);
        Place sydney = place("Sydney", -33.87, 151.21, Place.Precision.CITY);
        assertThat(viewBox(ClaimMap.of(List.of(claim("a", 1, anchorage), claim("s", 2, sydney)))))
                .containsExactly(0, 6, 360, 144);
        // one town alone: a view some 16 degrees wide around it
        double[] alone = viewBox(ClaimMap.of(List.of(claim("k", 12, KRAMATORSK))));
        assertThat(alone[2]).isCloseTo(16, within(0.01));
        assertThat(alone[0] + alone[2] / 2).isCloseTo(37.5844 + 180, within(0.01));
    }

    @Test
    void claimsAtOnePointAreSpreadSoEachCanBeClicked() {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            claims.add(claim("k" + i, i + 1, KRAMATORSK));
        }
        ClaimMap map = ClaimMap.of(claims);
        Set<String> positions = map.points().stream().map(p -> p.x() + "," + p.y()).collect(Collectors.toSet());
        assertThat(positions).hasSize(7);
        assertThat(point(map, "k0").x()).isEqualTo(ClaimMap.num(37.5844 + 180));
        // the spread stays near the place: within a tenth of the view's width
        double width = viewBox(map)[2];
        map.points().forEach(p -> assertThat(Math.hypot(Double.parseDouble(p.x()) - (37.5844 + 180),
                Double.parseDouble(p.y()) - (90 - 48.7389))).isLessThan(width / 10));
        assertThat(map.places()).singleElement().satisfies(g -> {
            assertThat(g.place()).isEqualTo("Kramatorsk");
            assertThat(g.precision()).isEqualTo("city");
            assertThat(g.points()).hasSize(7);
        });
    }

    @Test
    void theLegendCountsEveryGeocodedClaimOfTheSearchByPrecisionAndSaysWhenTheMapIsCapped() {
        ClaimMap map = ClaimMap.of(List.of(claim("k", 12, KRAMATORSK), claim("d", 2, DONETSK_OBLAST)),
                Map.of("city", 900L, "region", 40L, "unknown", 10L));
        assertThat(map.legend()).extracting(ClaimMap.LegendEntry::precision)
                .containsExactly("region", "city", "unknown");
        assertThat(map.legend()).extracting(ClaimMap.LegendEntry::count).containsExactly(40L, 900L, 10L);
        assertThat(map.geocoded()).isEqualTo(950);
        assertThat(map.capped()).isTrue();
        // no unknown line when every claim has a precision
        assertThat(ClaimMap.of(List.of(claim("k", 12, KRAMATORSK))).legend())
                .extracting(ClaimMap.LegendEntry::precision).doesNotContain("unknown");
        assertThat(ClaimMap.of(List.of(claim("k", 12, KRAMATORSK))).capped()).isFalse();
    }

    @Test
    void aCountryIsDrawnDifferentlyFromATown() {
        ClaimMap map = ClaimMap.of(List.of(claim("k", 12, KRAMATORSK), claim("u", 40, UKRAINE),
                claim("d", 2, DONETSK_OBLAST)));
        // different shapes, not only colours (the style's colours come from the precision class)
        assertThat(point(map, "k").path()).contains("a");  // a circle's arcs
        assertThat(point(map, "u").path()).doesNotContain("a").contains("L");  // a diamond
        assertThat(point(map, "d").path()).contains("h").contains("v");  // a square
        assertThat(ClaimMap.marker(ClaimMap.Shape.SQUARE, 1, 2, 0.5)).isEqualTo("M0.5 1.5h1v1h-1z");
    }

    @Test
    void aMapWithNoGeocodedClaimHasNoPoints() {
        ClaimMap map = ClaimMap.of(List.of(claim("none", 3, null)));
        assertThat(map.points()).isEmpty();
        assertThat(map.places()).isEmpty();
        assertThat(map.viewBox()).isEqualTo("0 6 360 144");
    }

    @Test
    void eachPrecisionHasItsStyleAndAnyOtherIdTheUnknownOne() {
        for (Place.Precision p : Place.Precision.values()) {
            assertThat(ClaimMap.Style.of(p.id())).isEqualTo(ClaimMap.Style.of(p)).extracting(s -> s.id)
                    .isEqualTo(p.id());
        }
        assertThat(ClaimMap.Style.of("unknown")).isEqualTo(ClaimMap.Style.UNKNOWN);
        assertThat(ClaimMap.Style.of((String) null)).isEqualTo(ClaimMap.Style.UNKNOWN);
        assertThat(ClaimMap.Style.of("hamlet")).as("an id this version does not know")
                .isEqualTo(ClaimMap.Style.UNKNOWN);
    }

    private static ClaimMap.Point point(ClaimMap map, String id) {
        return map.points().stream().filter(p -> p.claimId().equals(id)).findFirst().orElseThrow();
    }

    private static double[] viewBox(ClaimMap map) {
        String[] parts = map.viewBox().split(" ");
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = Double.parseDouble(parts[i]);
        }
        return v;
    }
}
