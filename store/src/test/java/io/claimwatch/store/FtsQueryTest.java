package io.claimwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FtsQueryTest {
    @Test
    void wordsAreQuotedAndAndedWithThePrefixOnTheLast() {
        assertThat(FtsQuery.search("soldiers killed Kram")).contains("\"soldiers\" AND \"killed\" AND \"Kram\"*");
    }

    @Test
    void operatorsAndPunctuationBecomePlainWordsOrNothing() {
        assertThat(FtsQuery.search("NEAR(a, b) OR c:d")).contains("\"NEAR\" AND \"a\" AND \"b\" AND \"OR\" AND \"c\" AND \"d\"*");
        assertThat(FtsQuery.search("AND (")).contains("\"AND\"*");
    }

    @Test
    void textWithoutAWordIsNoQuery() {
        assertThat(FtsQuery.search("\"")).isEmpty();
        assertThat(FtsQuery.search(" * - ^ ")).isEmpty();
        assertThat(FtsQuery.search(null)).isEmpty();
        assertThat(FtsQuery.search("\u0301")).as("a lone combining accent").isEmpty();
    }

    @Test
    void lettersOfAnyScriptAreWords() {
        assertThat(FtsQuery.search("Київ 2024")).contains("\"Київ\" AND \"2024\"*");
    }

    @Test
    void aPartyNeedsEachWordInTheSubjectWithSoldiersStandingForTroops() {
        assertThat(FtsQuery.subjectOf("the North Korean soldiers")).hasValueSatisfying(match -> {
            assertThat(match).startsWith("subject : (\"north\") AND subject : (\"korean\") AND subject : (");
            assertThat(match).contains(" OR \"troops\"").contains("\"soldiers\" OR").doesNotContain("\"the\"");
        });
    }
}
