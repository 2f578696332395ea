package io.claimwatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClaimJsonTest {
    private static final String SENTENCE = "At least 12 people were reportedly killed when Russian drones struck "
            + "Kramatorsk on Saturday, the regional governor said, according to Reuters.";
    private static final String QUOTE = "\"We will rebuild every house,\" he added.";

    /** The span of the first occurrence of {@code phrase} in {@code text} (ASCII text: chars are code points). */
    private static Span at(String text, String phrase) {
        int start = text.indexOf(phrase);
        assertThat(start).as("'%s' in the test text", phrase).isNotNegative();
        return new Span(start, start + phrase.length());
    }

    private static Evidence evidence(String phrase) {
        return new Evidence(phrase, at(SENTENCE, phrase));
    }

    /** A claim with every field set, including every nullable one. */
    static Claim fullClaim() {
        ArticleRef article = new ArticleRef("kramatorsk-2024-03-03", "https://example.org/kramatorsk",
                "Example Wire", LocalDate.of(2024, 3, 3));
        return new Claim(
                "0722088bdbe9b1d67f2e05552cf071d7737a5510",
                article,
                SENTENCE,
                new Span(0, SENTENCE.length()),
                new Event(EventType.KILLED, evidence("killed")),
                new Quantity("At least 12", 12, Qualifier.AT_LEAST, 12L, null, at(SENTENCE, "At least 12")),
                evidence("people"),
                evidence("Russian drones"),
                new Place("Kramatorsk", "Kramatorsk", "UA", 48.7389, 37.5844, Place.Precision.CITY, at(SENTENCE, "Kramatorsk")),
                new TimeSpan("on Saturday", LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2),
                        at(SENTENCE, "on Saturday")),
                List.of(
                        new Attribution("regional governor", PartyKind.GOVERNMENT, "the regional governor",
                                at(SENTENCE, "the regional governor"), "said", at(SENTENCE, "said")),
                        new Attribution("Reuters", PartyKind.OUTLET, "Reuters", at(SENTENCE, "Reuters"),
                                "according to", at(SENTENCE, "according to"))),
                Status.HEDGED,
                List.of(evidence("reportedly")));
    }

    /** A statement: no figure, no trigger, no place or time, one speaker named by a pronoun. */
    static Claim minimalStatement() {
        ArticleRef article = new ArticleRef("quote-1", null, null, null);
        return new Claim("quote-1-claim", article, QUOTE, new Span(0, QUOTE.length()),
                new Event(EventType.STATEMENT, null), null, null, null, null, null,
                List.of(new Attribution("Mykola Dorosh", PartyKind.PERSON, "he", at(QUOTE, "he"), "added",
                        at(QUOTE, "added"))),
                Status.REPORTED, null);
    }

    private static String json(Claim claim) throws Exception {
        return ClaimJson.mapper().writeValueAsString(claim);
    }

    private static ObjectNode tree(Claim claim) throws Exception {
        return (ObjectNode) ClaimJson.mapper().readTree(json(claim));
    }

    private static List<String> validate(JsonNode node) throws Exception {
        return ClaimSchemaValidator.validate(ClaimJson.mapper().writeValueAsString(node));
    }

    // --- schema: valid documents ---

    @Test
    void a_claim_with_every_field_set_is_valid_against_the_schema() throws Exception {
        assertThat(ClaimSchemaValidator.validate(json(fullClaim()))).isEmpty();
    }

    @Test
    void a_minimal_statement_claim_is_valid_against_the_schema() throws Exception {
        assertThat(ClaimSchemaValidator.validate(json(minimalStatement()))).isEmpty();
    }

    // --- schema: invalid documents ---

    @Test
    void a_qualifier_outside_the_enum_fails_validation() throws Exception {
        ObjectNode node = tree(fullClaim());
        ((ObjectNode) node.get("quantity")).put("qualifier", "roughly");

        assertThat(validate(node)).anyMatch(m -> m.startsWith("/quantity/qualifier:"));
    }

    @Test
    void a_span_with_three_numbers_fails_validation() throws Exception {
        ObjectNode node = tree(fullClaim());
        ((ArrayNode) node.get("span")).add(99);

        assertThat(validate(node)).anyMatch(m -> m.startsWith("/span:"));
    }

    @Test
    void a_span_with_a_negative_offset_fails_validation() throws Exception {
        ObjectNode node = tree(fullClaim());
        node.putArray("span").add(-1).add(10);

        assertThat(validate(node)).anyMatch(m -> m.startsWith("/span/0:"));
    }

    @Test
    void an_unknown_property_fails_validation() throws Exception {
        ObjectNode node = tree(fullClaim());
        ((ObjectNode) node.get("place")).put("admin1", "Donetsk Oblast");

        assertThat(validate(node)).anyMatch(m -> m.contains("'admin1'"));
    }

    @Test
    void a_missing_key_fails_validation_because_nulls_are_always_written() throws Exception {
        ObjectNode node = tree(minimalStatement());
        node.remove("quantity");

        assertThat(validate(node)).anyMatch(m -> m.contains("'quantity'"));
    }

    @Test
    void an_event_other_than_a_statement_without_a_trigger_fails_validation() throws Exception {
        ObjectNode node = tree(fullClaim());
        ((ObjectNode) node.get("event")).putNull("trigger");

        assertThat(validate(node)).anyMatch(m -> m.startsWith("/event/trigger:"));
    }

    @Test
    void a_date_that_is_not_a_calendar_day_fails_validation() throws Exception {
        ObjectNode node = tree(fullClaim());
        ((ObjectNode) node.get("time")).put("start", "2024-02-30");

        assertThat(validate(node)).anyMatch(m -> m.startsWith("/time/start:"));
    }

    @Test
    void a_country_that_is_not_an_alpha_2_code_fails_validation() throws Exception {
        ObjectNode node = tree(fullClaim());
        ((ObjectNode) node.get("place")).put("country", "Ukraine");

        assertThat(validate(node)).anyMatch(m -> m.startsWith("/place/country:"));
    }

    // --- round trip ---

    @Test
    void a_claim_with_every_field_set_reads_back_equal() throws Exception {
        Claim claim = fullClaim();

        assertThat(ClaimJson.mapper().readValue(json(claim), Claim.class)).isEqualTo(claim);
    }

    @Test
    void a_minimal_statement_claim_reads_back_equal() throws Exception {
        Claim claim = minimalStatement();

        assertThat(ClaimJson.mapper().readValue(json(claim), Claim.class)).isEqualTo(claim);
    }

    // --- shape ---

    @Test
    void spans_are_written_as_start_end_arrays() throws Exception {
        JsonNode trigger = tree(fullClaim()).get("event").get("trigger").get("span");
        Span expected = at(SENTENCE, "killed");

        assertThat(trigger.isArray()).isTrue();
        assertThat(trigger).hasSize(2);
        assertThat(trigger.get(0).asInt()).isEqualTo(expected.start());
        assertThat(trigger.get(1).asInt()).isEqualTo(expected.end());
    }

    @Test
    void dates_are_written_as_calendar_days() throws Exception {
        ObjectNode node = tree(fullClaim());

        assertThat(node.get("article").get("published").asText()).isEqualTo("2024-03-03");
        assertThat(node.get("time").get("start").asText()).isEqualTo("2024-03-02");
    }

    @Test
    void absent_parts_are_written_as_explicit_nulls() throws Exception {
        ObjectNode node = tree(minimalStatement());

        assertThat(node.get("quantity").isNull()).isTrue();
        assertThat(node.get("event").get("trigger").isNull()).isTrue();
        assertThat(node.get("hedges").isArray()).isTrue();
        assertThat(node.get("hedges")).isEmpty();
    }

    @Test
    void fields_are_written_in_the_documented_order() throws Exception {
        assertThat(tree(fullClaim()).fieldNames()).toIterable().containsExactly("id", "article", "text", "span",
                "event", "quantity", "subject", "actor", "place", "time", "attribution", "status", "hedges", "in");
    }

    @Test
    void a_claim_points_into_the_text_unless_it_was_read_from_the_title() throws Exception {
        Claim claim = fullClaim();
        assertThat(tree(claim).get("in").asText()).isEqualTo("text");
        Claim headline = claim.inTitle("title-id");
        assertThat(tree(headline).get("in").asText()).isEqualTo("title");
        assertThat(ClaimJson.mapper().readValue(ClaimJson.mapper().writeValueAsString(headline), Claim.class).inTitle())
                .isTrue();
        // claims stored before the field existed read as claims of the text
        ObjectNode old = tree(claim);
        old.remove("in");
        assertThat(ClaimJson.mapper().treeToValue(old, Claim.class).in()).isEqualTo("text");
    }

    @Test
    void enums_are_written_in_lower_case() throws Exception {
        ObjectNode node = tree(fullClaim());

        assertThat(node.get("event").get("type").asText()).isEqualTo("killed");
        assertThat(node.get("quantity").get("qualifier").asText()).isEqualTo("at_least");
        assertThat(node.get("attribution").get(0).get("kind").asText()).isEqualTo("government");
        assertThat(node.get("status").asText()).isEqualTo("hedged");
    }

    // --- quantities and spans ---

    @Test
    void exact_figures_of_8_and_12_contradict() {
        Quantity eight = new Quantity("8", 8, Qualifier.EXACT, 8L, 8L, new Span(0, 1));
        Quantity twelve = new Quantity("12", 12, Qualifier.EXACT, 12L, 12L, new Span(0, 2));

        assertThat(eight.contradicts(twelve)).isTrue();
        assertThat(twelve.contradicts(eight)).isTrue();
    }

    @Test
    void at_least_100_and_about_300_do_not_contradict() {
        Quantity atLeast = new Quantity("at least 100", 100, Qualifier.AT_LEAST, 100L, null, new Span(0, 12));
        Quantity about = new Quantity("about 300", 300, Qualifier.ABOUT, 300L, 300L, new Span(0, 9));

        assertThat(atLeast.contradicts(about)).isFalse();
        assertThat(about.contradicts(atLeast)).isFalse();
    }

    @Test
    void a_range_contradicts_a_figure_below_it() {
        Quantity range = new Quantity("between 30 and 40", 30, Qualifier.RANGE, 30L, 40L, new Span(0, 17));
        Quantity twelve = new Quantity("12", 12, Qualifier.EXACT, 12L, 12L, new Span(0, 2));

        assertThat(range.contradicts(twelve)).isTrue();
    }

    @Test
    void overlapping_spans_overlap() {
        assertThat(new Span(0, 10).overlaps(new Span(5, 15))).isTrue();
    }

    @Test
    void adjacent_spans_do_not_overlap_because_the_end_is_exclusive() {
        assertThat(new Span(0, 5).overlaps(new Span(5, 9))).isFalse();
    }

    @Test
    void a_span_does_not_overlap_null() {
        assertThat(new Span(0, 5).overlaps(null)).isFalse();
    }

    @Test
    void aPlaceWritesItsPrecisionAsALowerCaseWordAndReadsOneWithoutIt() throws Exception {
        ObjectNode place = (ObjectNode) tree(fullClaim()).get("place");
        assertThat(place.get("precision").asText()).isEqualTo("city");
        List<String> names = new java.util.ArrayList<>();
        place.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("text", "name", "country", "lat", "lon", "precision", "span");
        // a claim written before precision existed (a stored one, a claims file) still reads, with no precision
        place.remove("precision");
        ObjectNode old = tree(fullClaim());
        old.set("place", place);
        Claim read = ClaimJson.mapper().treeToValue(old, Claim.class);
        assertThat(read.place().precision()).isNull();
        assertThat(read.place().lat()).isEqualTo(48.7389);
        assertThat(Place.Precision.of("district")).isEqualTo(Place.Precision.DISTRICT);
        assertThat(Place.unresolved("Nowhere", new Span(0, 7)).precision()).isNull();
    }

    @Test
    void theSchemaRejectsAPrecisionItDoesNotKnow() throws Exception {
        ObjectNode claim = tree(fullClaim());
        ((ObjectNode) claim.get("place")).put("precision", "street");
        assertThat(validate(claim)).isNotEmpty();
        ((ObjectNode) claim.get("place")).putNull("precision");
        assertThat(validate(claim)).isEmpty();
    }
}
