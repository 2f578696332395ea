package io.claimwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.claimwatch.extract.Gazetteer.Kind;
import io.claimwatch.model.Place;
import io.claimwatch.model.Span;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.load();
    private static final Span SPAN = new Span(10, 20);

    private Place place(String text) {
        return gazetteer.resolve(text, SPAN).orElseThrow(() -> new AssertionError("unresolved: " + text));
    }

    @Test
    void aCountryHasItsCodeAndAPositionInsideIt() {
        Place ukraine = place("Ukraine");
        assertThat(ukraine.country()).isEqualTo("UA");
        assertThat(ukraine.lat()).isBetween(44.0, 52.5);
        assertThat(ukraine.lon()).isBetween(22.0, 40.5);
        assertThat(ukraine.text()).isEqualTo("Ukraine");
        assertThat(ukraine.span()).isEqualTo(SPAN);
        assertThat(gazetteer.lookup("Ukraine")).get().extracting(Gazetteer.Entry::kind).isEqualTo(Kind.COUNTRY);
    }

    @Test
    void kurskIsTheRussianCity() {
        Place kursk = place("Kursk");
        assertThat(kursk.country()).isEqualTo("RU");
        assertThat(kursk.lat()).isCloseTo(51.74, within(0.1));
        assertThat(gazetteer.lookup("Kursk")).get().extracting(Gazetteer.Entry::kind).isEqualTo(Kind.CITY);
    }

    @Test
    void aCityWithItsStateIsTheCityInThatState() {
        Place elgin = place("Elgin, Illinois");
        assertThat(elgin.country()).isEqualTo("US");
        assertThat(elgin.lat()).isCloseTo(42.04, within(0.1));
        assertThat(elgin.lon()).isCloseTo(-88.28, within(0.1));
        // the state must beat population: Moscow, Russia has 400 times the people
        Place moscow = place("Moscow, Idaho");
        assertThat(moscow.country()).isEqualTo("US");
        assertThat(moscow.lat()).isCloseTo(46.73, within(0.1));
        assertThat(place("Kursk, Russia").country()).isEqualTo("RU");
    }

    @Test
    void anAbbreviatedStatePicksTheCityInThatState() {
        // Springfield, Missouri is the biggest Springfield, Illinois' is at lon -89.6, Massachusetts' at -72.6
        Place springfield = place("Springfield, Mass.");
        assertThat(springfield.name()).isEqualTo("Springfield");
        assertThat(springfield.lon()).isCloseTo(-72.59, within(0.1));
        assertThat(place("Gainesville, Fla.").lat()).isCloseTo(29.65, within(0.1));
        assertThat(place("Elgin, IL").lat()).isCloseTo(42.04, within(0.1));
    }

    @Test
    void aStateNameIsTheRegion() {
        assertThat(gazetteer.lookup("Texas")).get().satisfies(texas -> {
            assertThat(texas.kind()).isEqualTo(Kind.REGION);
            assertThat(texas.region()).isEqualTo("US.TX");
        });
        assertThat(place("Texas").lat()).isBetween(26.0, 36.5);
    }

    @Test
    void aRegionNamedAfterItsCapitalIsTheCity() {
        // GeoNames calls the Donetsk oblast just "Donetsk"
        assertThat(gazetteer.lookup("Donetsk")).get().extracting(Gazetteer.Entry::kind).isEqualTo(Kind.CITY);
        assertThat(gazetteer.lookup("the Donetsk region")).get().extracting(Gazetteer.Entry::kind)
                .isEqualTo(Kind.REGION);
    }

    @Test
    void variantSpellingsCaseAndALeadingTheAreIgnored() {
        assertThat(place("Kiev").name()).isEqualTo("Kyiv");
        assertThat(place("KYIV").country()).isEqualTo("UA");
        assertThat(place("the Netherlands").country()).isEqualTo("NL");
        assertThat(place("the U.S.").country()).isEqualTo("US");
        // Senegal's Saint-Louis region would outrank the city if "St." were always read as "Saint"
        assertThat(place("St. Louis").country()).isEqualTo("US");
        assertThat(place("Ft. Worth").name()).isEqualTo("Fort Worth");
    }

    @Test
    void anUnknownNameIsEmpty() {
        assertThat(gazetteer.resolve("Qwxzyville", SPAN)).isEmpty();
        assertThat(gazetteer.resolve("Qwxzyville, Ohio", SPAN).map(Place::name)).contains("Ohio");
        assertThat(gazetteer.resolve("Springfield, Narnia", SPAN)).isEmpty();
        assertThat(gazetteer.resolve("", SPAN)).isEmpty();
    }
}
