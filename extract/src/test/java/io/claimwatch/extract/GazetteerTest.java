package io.claimwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.claimwatch.extract.Gazetteer.Kind;
import io.claimwatch.model.Place;
import io.claimwatch.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private Place inArticle(String text, String outlet, String... others) {
        List<String> toponyms = new java.util.ArrayList<>(List.of(others));
        toponyms.add(text);
        return gazetteer.resolve(text, SPAN, gazetteer.context(toponyms, outlet))
                .orElseThrow(() -> new AssertionError("unresolved: " + text));
    }

    @Test
    void theCapitalOfACountryTheArticleNamesOutranksAForeignTownOfTheName() {
        // a British paper on the United States: "Washington" is the capital, not the town near Sunderland
        Place washington = inArticle("Washington", "telegraph.co.uk", "Britain", "United States", "Britain");
        assertThat(washington.country()).isEqualTo("US");
        assertThat(washington.lat()).isCloseTo(38.9, within(0.2));
        // a name that is the country itself stays the country, not its capital
        assertThat(inArticle("Mexico", null, "Guatemala", "Mexico").precision()).isEqualTo(Place.Precision.COUNTRY);
    }

    @Test
    void aDemonymIsItsCountryAndClashesGoToTheLargerOne() {
        assertThat(place("Jordanian").country()).isEqualTo("JO");
        assertThat(place("Canadians").country()).isEqualTo("CA");
        // American Samoa and the Northern Marianas also say "American"
        assertThat(place("American").country()).isEqualTo("US");
    }

    @Test
    void aCountryIsAtItsOwnPointNotAMeanOfItsTowns() {
        // a population mean put Canada near Toronto; the country's point is in its middle north
        assertThat(place("Canada").lat()).isGreaterThan(55.0);
    }

    @Test
    void countiesAndDistrictsAreListed() {
        assertThat(gazetteer.lookup("Los Angeles County")).get().satisfies(la -> {
            assertThat(la.kind()).isEqualTo(Kind.DISTRICT);
            assertThat(la.region()).isEqualTo("US.CA");
        });
        assertThat(place("Greene County, Missouri").lon()).isCloseTo(-93.3, within(0.5));
    }

    @Test
    void aTypeWordNamesTheRegion() {
        assertThat(inArticle("Karak district", null, "Jordan").country()).isEqualTo("JO");
        assertThat(place("Idlib province").country()).isEqualTo("SY");
        assertThat(place("Quebec City").name()).isEqualTo("Québec");
        // Nigeria's second-level divisions, as its news names them
        for (String guma : List.of("Guma LGA", "Guma Local Government Area", "Guma local government")) {
            Place lga = place(guma);
            assertThat(lga.country()).as(guma).isEqualTo("NG");
            assertThat(lga.precision()).as(guma).isEqualTo(Place.Precision.DISTRICT);
        }
    }

    @Test
    void aTribalAgencyIsNamedWithoutTheWordEvenInCapitals() {
        for (String agency : List.of("South Waziristan", "SOUTH WAZIRISTAN")) {
            Place waziristan = place(agency);
            assertThat(waziristan.country()).as(agency).isEqualTo("PK");
            assertThat(waziristan.precision()).as(agency).isEqualTo(Place.Precision.DISTRICT);
        }
    }

    @Test
    void canadianProvinceAbbreviationsQualifyACity() {
        assertThat(place("Red Deer, Alta.").country()).isEqualTo("CA");
        assertThat(place("B.C.").name()).isEqualTo("British Columbia");
    }

    @Test
    void aSmallTownWinsWhenTheArticleNamesItsStateOrItsNeighbours() {
        assertThat(place("Paris").country()).isEqualTo("FR");
        // Paris, Tennessee is the seat of Henry County, Tennessee
        Place paris = inArticle("Paris", null, "Henry County", "Tennessee");
        assertThat(paris.country()).isEqualTo("US");
        assertThat(paris.lon()).isCloseTo(-88.3, within(0.3));
        assertThat(inArticle("Alexandria", null, "Virginia", "Fairfax County").country()).isEqualTo("US");
    }

    @Test
    void aDatelineInCapitalsIsTheCityNotTheState() {
        assertThat(place("WASHINGTON").lat()).isCloseTo(38.9, within(0.2));
    }

    @Test
    void theOutletDomainGivesACountryAndSometimesATown() {
        assertThat(Gazetteer.outletCountry("cbc.ca")).isEqualTo("CA");
        assertThat(Gazetteer.outletCountry("https://www.bbc.co.uk/news/world")).isEqualTo("GB");
        assertThat(Gazetteer.outletCountry("nytimes.com")).isNull();
        assertThat(Gazetteer.outletCountry("abc.tv")).isNull();
        // Arlington, Texas is between Dallas and Fort Worth; the largest Arlington is Virginia's
        assertThat(inArticle("Arlington", "dallasnews.com").lon()).isCloseTo(-97.1, within(0.3));
    }

    @Test
    void aResolvedPlaceCarriesThePrecisionOfItsRow() {
        assertThat(place("Ukraine").precision()).isEqualTo(Place.Precision.COUNTRY);
        assertThat(place("Jordanian").precision()).isEqualTo(Place.Precision.COUNTRY);
        assertThat(place("Africa").precision()).isEqualTo(Place.Precision.CONTINENT);
        assertThat(place("Texas").precision()).isEqualTo(Place.Precision.REGION);
        assertThat(place("the Donetsk region").precision()).isEqualTo(Place.Precision.REGION);
        assertThat(place("Los Angeles County").precision()).isEqualTo(Place.Precision.DISTRICT);
        assertThat(place("Kramatorsk").precision()).isEqualTo(Place.Precision.CITY);
        assertThat(place("Moscow, Idaho").precision()).isEqualTo(Place.Precision.CITY);
        // "northern Syria" is as near as the gazetteer gets: the country, and its precision says so
        assertThat(place("northern Syria").precision()).isEqualTo(Place.Precision.COUNTRY);
        // a town too small to be listed falls back to its state: the point is the state's, and so is the precision
        assertThat(place("Qwxzyville, Ohio").precision()).isEqualTo(Place.Precision.REGION);
    }

    @Test
    void theSameNameInContextGetsThePrecisionOfTheReadingChosen() {
        // "Paris" alone is the French capital; beside Henry County it is the Tennessee town: both cities
        assertThat(place("Paris").precision()).isEqualTo(Place.Precision.CITY);
        Place tennessee = inArticle("Paris", null, "Henry County", "Tennessee");
        assertThat(tennessee.country()).isEqualTo("US");
        assertThat(tennessee.precision()).isEqualTo(Place.Precision.CITY);
        assertThat(inArticle("Henry County", null, "Paris", "Tennessee").precision())
                .isEqualTo(Place.Precision.DISTRICT);
        assertThat(inArticle("Tennessee", null, "Paris", "Henry County").precision())
                .isEqualTo(Place.Precision.REGION);
    }

    @Test
    void aNameThatIsAlsoAStateIsTheStateAmongOtherStatesOfItsCountry() {
        // alone, "New York" is the city and "Delaware" the state
        assertThat(place("New York").precision()).isEqualTo(Place.Precision.CITY);
        // beside Vermont, "New York" is the state
        Place newYork = inArticle("New York", null, "Vermont");
        assertThat(newYork.precision()).isEqualTo(Place.Precision.REGION);
        assertThat(newYork.lat()).isBetween(41.5, 44.5);
        // beside Kentucky and Florida, "Delaware" is the state, not the Ohio town near Lexington, Ohio
        Place delaware = inArticle("Delaware", null, "Kentucky", "Lexington", "Florida");
        assertThat(delaware.precision()).isEqualTo(Place.Precision.REGION);
        assertThat(delaware.lon()).isCloseTo(-75.5, within(0.5));
        // a region of another country is no peer: beside Ontario, "Kharkiv" is the city
        assertThat(inArticle("Kharkiv", null, "Ontario").precision()).isEqualTo(Place.Precision.CITY);
        // and a region named after its capital is still the city beside another region: GeoNames' "Kharkiv"
        // oblast is the city of that very name, where New York's is New York City
        assertThat(inArticle("Kharkiv", null, "the Donetsk region").precision()).isEqualTo(Place.Precision.CITY);
    }

    @Test
    void aPaperNamedAfterATownIsInTheTownOfThatNameWhereTheArticlesOtherPlacesAre() {
        // the outlets are invented; the largest Paris and Jordan are not the papers' towns
        Place illinois = inArticle("Paris", "parisgazette.com", "Illinois");
        assertThat(illinois.country()).isEqualTo("US");
        assertThat(illinois.lon()).isCloseTo(-87.7, within(0.3));
        // Jordan, Minnesota lies beside Shakopee: the town, not the country
        Place jordan = inArticle("Jordan", "jordanpost.com", "Shakopee");
        assertThat(jordan.precision()).isEqualTo(Place.Precision.CITY);
        assertThat(jordan.lat()).isCloseTo(44.7, within(0.3));
        // beside Amman, the same paper's "Jordan" is the country
        assertThat(inArticle("Jordan", "jordanpost.com", "Amman").precision()).isEqualTo(Place.Precision.COUNTRY);
        // beside Dallas, 150 km off, the paper is in Paris, Texas: the town of the name nearest the other places
        Place texas = inArticle("Paris", "parisgazette.com", "Dallas");
        assertThat(texas.country()).isEqualTo("US");
        assertThat(texas.lon()).isCloseTo(-95.6, within(0.3));
        // with no other place there, the town that dominates the name still is the home (as for "dallasnews")
        assertThat(inArticle("Arlington", "dallasnews.com").lon()).isCloseTo(-97.1, within(0.3));
    }

    @Test
    void everyPaperOfOutletTownsPlacesAStreetOfAStoryNamingNoTownInItsHomeTown() {
        for (var row : Lexicon.load("outlet-towns").rows().entrySet()) {
            String town = row.getValue().get(0), country = row.getValue().get(1), street = row.getValue().get(2);
            Place place = inArticle(street, "https://www." + row.getKey() + ".com/news/1");
            assertThat(place.name()).as("%s of %s.com", street, row.getKey()).isEqualTo(town);
            assertThat(place.country()).isEqualTo(country);
            assertThat(place.precision()).isEqualTo(Place.Precision.CITY);
        }
        // a paper not in the file has no home, and the street stays unplaced
        assertThat(gazetteer.resolve("Royal Street", SPAN, gazetteer.context(List.of("Royal Street"), "news.com")))
                .isEmpty();
    }

    @Test
    void everyWideAreaAndItsAliasesResolveToTheAreaNotToASameNameTown() throws Exception {
        // tools/gazetteer/wide-areas.tsv, from which the gazetteer build takes them: "the Pacific" is the ocean,
        // not Pacific, Missouri; "the Kurdistan Region" Iraq's, not Iran's Kurdistan Province
        var rows = Files.readAllLines(Path.of("../tools/gazetteer/wide-areas.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(rows).hasSizeGreaterThan(20);
        for (String line : rows) {
            String[] f = line.split("\t");
            boolean several = f[1].equals("-");
            List<String> texts = new java.util.ArrayList<>(List.of("the " + f[0]));
            if (f.length > 5 && !f[5].isEmpty()) {
                List.of(f[5].split(",")).forEach(alias -> texts.add("the " + alias));
            }
            if (f.length > 6) {  // demonyms, singular and plural: "South Ossetians" is South Ossetia
                for (String demonym : f[6].split(",")) {
                    texts.add(demonym);
                    texts.add(demonym + "s");
                }
            }
            for (String name : texts) {
                Place area = place(name);
                assertThat(area.name()).as(name).isEqualTo(f[0]);
                assertThat(area.country()).as(name).isEqualTo(several ? "" : f[1]);
                assertThat(area.precision()).as(name)
                        .isEqualTo(several ? Place.Precision.CONTINENT : Place.Precision.REGION);
                assertThat(area.lat()).as(name).isCloseTo(Double.parseDouble(f[2]), within(0.01));
            }
        }
    }

    @Test
    void aLargeRegionIsAtTheMiddleOfItsAreaNotOfItsPopulatedSouth() {
        // Natural Earth's label points: most of Ontario's and Quebec's towns lie within 300 km of the US border
        assertThat(place("Ontario").lat()).isBetween(49.0, 52.0);
        assertThat(place("province of Quebec").lat()).isBetween(50.5, 54.0);
        assertThat(place("Manitoba").lat()).isBetween(53.5, 56.0);
        // a small region stays where its places are
        assertThat(place("Delaware").lat()).isCloseTo(39.0, within(0.5));
        // where GeoNames' code names another area in Natural Earth (France's departments), its places decide:
        // Brittany's code is Mayenne's there
        assertThat(place("Brittany").lon()).isBetween(-4.5, -2.0);
    }

    @Test
    void aNameSeveralRegionsShareAfterADirectionNamesThemTogether() {
        // North, South, West, East and Central Darfur: "Darfur" is the middle of the five
        Place darfur = place("Darfur");
        assertThat(darfur.precision()).isEqualTo(Place.Precision.REGION);
        assertThat(darfur.country()).isEqualTo("SD");
        assertThat(darfur.lat()).isCloseTo(13.0, within(1.0));
        assertThat(place("Kivu").country()).isEqualTo("CD");
        // a name that is already a place stays that place: North and South Carolina do not make "Carolina"
        assertThat(place("Carolina").precision()).isEqualTo(Place.Precision.CITY);
        // nor does a type word: Eastern and Western Province do not make "Province"
        assertThat(gazetteer.lookup("Province")).isEmpty();
    }

    @Test
    void aCountyNamedWithoutTheWordIsTheCountyOnlyBesideItsState() {
        Place kanawha = inArticle("Kanawha", null, "West Virginia");
        assertThat(kanawha.precision()).isEqualTo(Place.Precision.DISTRICT);
        assertThat(kanawha.lat()).isCloseTo(38.3, within(0.4));
        // alone, or beside another state, the bare name is no reading
        assertThat(gazetteer.lookup("Kanawha")).isEmpty();
        assertThat(gazetteer.resolve("Kanawha", SPAN, gazetteer.context(List.of("Kanawha", "Ohio"), null))).isEmpty();
        // a state of the name stays the state (Delaware County lies in Pennsylvania) ...
        assertThat(inArticle("Delaware", null, "Pennsylvania").precision()).isEqualTo(Place.Precision.REGION);
        // ... and a town of the name in that state stays the town (Des Moines County is Iowa's too)
        assertThat(inArticle("Des Moines", null, "Iowa").precision()).isEqualTo(Place.Precision.CITY);
    }

    @Test
    void aNameTheTableDoesNotHoldIsPlacedAtTheTownTheArticleIsAbout() {
        // a street, a church, a hamlet: in or near the town the article names most often, at that town's precision
        Place street = inArticle("Bourbon Street", null, "Kharkiv", "Kharkiv", "Ukraine", "Izium");
        assertThat(street.name()).isEqualTo("Kharkiv");
        assertThat(street.text()).isEqualTo("Bourbon Street");
        assertThat(street.precision()).isEqualTo(Place.Precision.CITY);
        assertThat(street.span()).isEqualTo(SPAN);
        // the first town named wins a tie
        assertThat(inArticle("Qwxzy Cathedral", null, "Izium", "Kharkiv").name()).isEqualTo("Izium");
    }

    @Test
    void noTownNoPeopleAndNoWideAreaIsPlacedAtTheArticlesTown() {
        // an article of countries and regions has no town to place a street in
        assertThat(gazetteer.resolve("Qwxzy Street", SPAN, gazetteer.context(List.of("Ukraine", "Donetsk Oblast"),
                null))).isEmpty();
        // a people and an area wider than a town are not spots in the town
        for (String wide : List.of("Qwxzians", "Qwxzese", "Qwxzy Peninsula", "Qwxzy Mountains", "Qwxzy East", "Qwxzy Sea")) {
            assertThat(gazetteer.resolve(wide, SPAN, gazetteer.context(List.of("Kharkiv", wide), null)))
                    .as(wide).isEmpty();
        }
    }

    @Test
    void continentsAreAtGeoNamesPointsNotAMeanOfTheirCountries() {
        // the Caribbean pulled a mean of North America's countries to Cuba
        assertThat(place("North America").lat()).isGreaterThan(40.0);
        assertThat(place("Europe").lon()).isBetween(5.0, 12.0);
        assertThat(place("Africa").precision()).isEqualTo(Place.Precision.CONTINENT);
    }

    @Test
    void aDistrictStyledCountyOfOrProvinceOfIsFoundByItsName() {
        // GeoNames' "County of Ceredigion", "Province of Cebu"
        assertThat(gazetteer.lookup("Ceredigion")).get().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.DISTRICT);
            assertThat(c.country()).isEqualTo("GB");
        });
        assertThat(gazetteer.lookup("County of Ceredigion")).get().extracting(Gazetteer.Entry::name)
                .isEqualTo("Ceredigion");
    }

    @Test
    void amongTownsNamedAsOftenTheArticleIsAboutTheOneItsOtherPlacesLieNear() {
        // Lviv is named first, but Kramatorsk and Sloviansk lie 12 km apart: the story is in the Donbas
        assertThat(inArticle("Qwxzy Cathedral", null, "Lviv", "Kramatorsk", "Sloviansk").name())
                .isEqualTo("Kramatorsk");
    }

    @Test
    void aContinentsAdjectiveIsTheContinent() {
        // "European capitals", "African leaders": as a country's demonym is the country
        assertThat(place("European").name()).isEqualTo("Europe");
        assertThat(place("African").precision()).isEqualTo(Place.Precision.CONTINENT);
    }

    @Test
    void hollandAloneIsTheNetherlandsAndTheSovietUnionIsRussia() {
        assertThat(place("Holland").name()).isEqualTo("Netherlands");
        assertThat(place("Holland").precision()).isEqualTo(Place.Precision.COUNTRY);
        assertThat(place("Soviet Union").name()).isEqualTo("Russia");
    }
}
