package io.claimwatch.extract;

import static io.claimwatch.extract.Sentences.extract;
import static io.claimwatch.extract.Sentences.extractCount;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import io.claimwatch.model.PartyKind;
import io.claimwatch.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionRulesTest {

    @Test
    void saidNamesTheSource() {
        Claim c = extractCount("Twenty people were killed in the strike, the regional governor said.");
        assertThat(c.attribution()).extracting(Attribution::cue).containsExactly("said");
        assertThat(c.attribution().get(0).mention()).isEqualTo("the regional governor");
        assertThat(c.status()).isEqualTo(Status.REPORTED);
    }

    @Test
    void accordingToNamesTheSource() {
        Claim c = extractCount("Six soldiers were captured, according to the Defence Ministry.");
        assertThat(c.attribution()).extracting(Attribution::source).containsExactly("Defence Ministry");
        assertThat(c.attribution().get(0).cue()).isEqualTo("according to");
    }

    @Test
    void aRelayComesAfterThePrimarySource() {
        Claim c = extractCount("The army said 15 fighters were killed, Reuters reported.");
        assertThat(c.attribution()).extracting(Attribution::source).containsExactly("army", "Reuters")
                .as("primary source first");
        assertThat(c.attribution().get(1).kind()).isEqualTo(PartyKind.OUTLET);
    }

    @Test
    void aPronounResolvesToThePersonNamedBefore() {
        List<Claim> claims = extract("Mayor Anna Kovalenko said the hospital was full on Monday. "
                + "\"Three of the wounded are children,\" she said.");
        assertThat(claims).flatExtracting(Claim::attribution).extracting(Attribution::source)
                .contains("Anna Kovalenko");
    }

    @Test
    void aDescriptionResolvesToTheAgencyNamedBefore() {
        List<Claim> claims = extract("Four drones were shot down, according to the State Border Guard Service. "
                + "The service said that 12 guards were wounded.");
        Claim wounded = claims.stream().filter(c -> c.event().type() == EventType.INJURED).findFirst().orElseThrow();
        assertThat(wounded.attribution().get(0).source()).isEqualTo("State Border Guard Service");
        assertThat(wounded.attribution().get(0).mention()).isEqualTo("The service");
    }

    @Test
    void aSourceNamedForTheFiguresAttributesTheSentencesBefore() {
        List<Claim> claims = extract("At least 50 soldiers were killed near the bridge.\n"
                + "The losses were reported by the General Staff on Monday.");
        Claim killed = claims.stream().filter(c -> c.quantity() != null).findFirst().orElseThrow();
        assertThat(killed.attribution()).extracting(Attribution::source).containsExactly("General Staff");
        assertThat(killed.status()).isEqualTo(Status.REPORTED);
    }

    @Test
    void anUnattributedFigureIsAssertedByTheOutlet() {
        Claim c = extractCount("The country sent 5,000 troops to the front.");
        assertThat(c.attribution()).isEmpty();
        assertThat(c.status()).isEqualTo(Status.ASSERTED);
    }

    @Test
    void scareQuotesAreNotStatements() {
        assertThat(extract("The troops have become a \"burden\" for the command.")).isEmpty();
    }

    @Test
    void speechWithoutAFigureIsAStatement() {
        List<Claim> claims = extract("\"We will rebuild every school,\" the minister told reporters.");
        assertThat(claims).extracting(c -> c.event().type()).containsExactly(EventType.STATEMENT);
        assertThat(claims.get(0).attribution().get(0).cue()).isEqualTo("told reporters");
    }

    @Test
    void aQuotationGoesOnInTheNextSentence() {
        List<Claim> claims = extract("\"We will rebuild every school,\" Mayor Ivan Petrenko said.\n"
                + "\"Every family will get help before winter.\"");
        assertThat(claims).extracting(c -> c.attribution().get(0).source())
                .containsExactly("Ivan Petrenko", "Ivan Petrenko");
        assertThat(claims.get(1).text()).contains("Every family");
    }

    @Test
    void aQuotationBeforeTheCueIsWhatIsSaid() {
        Claim c = extract("''He is not as loud as he once was, but he has an air of calm,'' Mr. Smith said.").get(0);
        assertThat(c.text()).startsWith("He is not as loud");
        assertThat(c.attribution()).extracting(Attribution::mention).containsExactly("Mr. Smith");
    }

    @Test
    void theSpeakerCanFollowTheCue() {
        Claim c = extract("“The senator would have a hard time winning over the delegates,” said Hammond.").get(0);
        assertThat(c.attribution()).extracting(Attribution::source).containsExactly("Hammond");
        assertThat(c.text()).startsWith("The senator would");
    }

    @Test
    void aSpeakerAfterACommaAttributesWhatComesBefore() {
        Claim c = extract("The mayor thrilled the small crowds with promises to fix the roads, Stovall said.").get(0);
        assertThat(c.attribution()).extracting(Attribution::source).containsExactly("Stovall");
        assertThat(c.text()).startsWith("The mayor thrilled");
    }

    @Test
    void aParticipleCueTakesTheSubjectOfTheMainClause() {
        List<Claim> claims = extract("The governor rejected the plan on Monday, saying it would raise taxes for families.");
        Claim saying = claims.stream().filter(c -> c.attribution().get(0).cue().equals("saying")).findFirst().orElseThrow();
        assertThat(saying.attribution().get(0).mention()).isEqualTo("The governor");
        assertThat(saying.text()).isEqualTo("it would raise taxes for families");
    }

    @Test
    void aPollCanShowSomething() {
        Claim c = extract("The poll showed that most voters back the plan.").get(0);
        assertThat(c.attribution()).extracting(Attribution::cue).containsExactly("showed");
        assertThat(c.attribution().get(0).mention()).isEqualTo("The poll");
    }

    @Test
    void aVideoShowingSomethingIsNotASource() {
        assertThat(extract("A video showed soldiers crossing the river at night.")).flatExtracting(Claim::attribution)
                .isEmpty();
    }

    @Test
    void aNameAndAColonGiveThatPersonsWords() {
        Claim c = extract("Senator Lindsey Graham: The party cannot win with this rhetoric").get(0);
        assertThat(c.attribution()).extracting(Attribution::source).containsExactly("Lindsey Graham");
        assertThat(c.text()).isEqualTo("The party cannot win with this rhetoric");
    }
}
