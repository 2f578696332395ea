package io.claimwatch.extract;

import static io.claimwatch.extract.Sentences.extract;
import static io.claimwatch.extract.Sentences.extractCount;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Claim;
import io.claimwatch.model.Qualifier;
import org.junit.jupiter.api.Test;

class QuantityRulesTest {

    @Test
    void atLeastIsALowerBound() {
        var q = extractCount("At least 40 civilians were killed in the shelling, officials said.").quantity();
        assertThat(q.value()).isEqualTo(40);
        assertThat(q.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(q.low()).isEqualTo(40);
        assertThat(q.high()).isNull();
    }

    @Test
    void bothCountsTwoOnlyWhenItDeterminesThePersonsOfTheEvent() {
        var q = extractCount("Both brothers were wounded when gunmen opened fire on their car.").quantity();
        assertThat(q.value()).isEqualTo(2);
        assertThat(q.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(Sentences.extract("Both sides reported heavy fighting near the river.").stream()
                .filter(c -> c.quantity() != null)).isEmpty();
    }

    @Test
    void moreThanIsAnOpenLowerBound() {
        var q = extractCount("More than 3,500 residents have fled the city.").quantity();
        assertThat(q.value()).isEqualTo(3500);
        assertThat(q.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(q.high()).isNull();
    }

    @Test
    void nearlyIsAnUpperBound() {
        var q = extractCount("Nearly 60 soldiers were wounded in the assault.").quantity();
        assertThat(q.qualifier()).isEqualTo(Qualifier.AT_MOST);
        assertThat(q.high()).isEqualTo(60);
        assertThat(q.low()).isNull();
    }

    @Test
    void upToIsAnUpperBound() {
        var q = extractCount("Up to 200 fighters were captured near the river.").quantity();
        assertThat(q.qualifier()).isEqualTo(Qualifier.AT_MOST);
        assertThat(q.high()).isEqualTo(200);
    }

    @Test
    void betweenTwoNumbersIsARange() {
        var q = extractCount("Between 30 and 40 people were killed in the raid.").quantity();
        assertThat(q.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(q.low()).isEqualTo(30);
        assertThat(q.high()).isEqualTo(40);
    }

    @Test
    void numberWordsAreCounted() {
        var q = extractCount("Rebels killed eight villagers on the road to the market.").quantity();
        assertThat(q.value()).isEqualTo(8);
        assertThat(q.qualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void millionsWithADecimalAreCounted() {
        var q = extractCount("The war has displaced 1.5 million people, the agency said.").quantity();
        assertThat(q.value()).isEqualTo(1_500_000);
    }

    @Test
    void dozensIsAVagueRangeWithAnOpenTop() {
        var q = extractCount("Dozens of protesters were detained by police.").quantity();
        assertThat(q.qualifier()).isEqualTo(Qualifier.VAGUE);
        assertThat(q.low()).isEqualTo(24);
        assertThat(q.high()).isNull();
    }

    @Test
    void twoDozenIsTwentyFour() {
        var q = extractCount("Two dozen people were injured when the bus was hit.").quantity();
        assertThat(q.value()).isEqualTo(24);
    }

    @Test
    void aManIsOnePerson() {
        var q = extractCount("A man was killed in the explosion.").quantity();
        assertThat(q.value()).isEqualTo(1);
    }

    @Test
    void anotherKeepsTheFigureExact() {
        var q = extractCount("Another 300 soldiers were wounded in the battle.").quantity();
        assertThat(q.value()).isEqualTo(300);
        assertThat(q.qualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void anAgeIsNotACount() {
        Claim c = extractCount("A 45-year-old man was killed when the shell hit his house.");
        assertThat(c.quantity().value()).isEqualTo(1);
    }

    @Test
    void yearsPercentagesMoneyAndCalibresAreNotClaims() {
        assertThat(extract("In 2022, 40 percent of the $5 million budget was spent on 155mm shells.")
                .stream().filter(c -> c.quantity() != null)).isEmpty();
    }

    @Test
    void anOrdinalYearIsNotACount() {
        assertThat(extract("The invasion is now approaching its fourth year.")
                .stream().filter(c -> c.quantity() != null)).isEmpty();
    }

    @Test
    void agesInAListOfNamesAreNotCounts() {
        assertThat(extract("Anna Holt, 34; Mark Holt, 8; and Lena Holt, 6, were wounded in the attack.")
                .stream().filter(c -> c.quantity() != null).map(c -> c.quantity().value()))
                .noneMatch(v -> v == 34 || v == 8 || v == 6 || v > 3);
    }

    @Test
    void aYearBeforeAnEventIsNotACount() {
        assertThat(extract("Posted March 3, 2016\n2016 A teenager has died after a shooting.")
                .stream().filter(c -> c.quantity() != null).map(c -> c.quantity().value()))
                .noneMatch(v -> v == 2016);
    }
}
