package io.claimwatch.extract;

import static io.claimwatch.extract.Sentences.extract;
import static io.claimwatch.extract.Sentences.extractCount;
import static io.claimwatch.extract.Sentences.extractOne;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRulesTest {

    @Test
    void shotOneFatallyIsOneKilledAndOneInjured() {
        List<Claim> claims = extract("Two people were shot, one fatally, outside a bar on Friday night.");
        assertThat(claims).filteredOn(c -> c.event().type() == EventType.KILLED && c.quantity() != null)
                .extracting(c -> c.quantity().value()).containsExactly(1L);
        assertThat(claims).filteredOn(c -> c.event().type() == EventType.INJURED && c.quantity() != null)
                .extracting(c -> c.quantity().value()).containsExactly(1L);
    }

    @Test
    void shotAndKilledIsNotAlsoInjured() {
        List<Claim> claims = extract("A man was shot and killed on Main Street, police said.");
        assertThat(claims).filteredOn(c -> c.event().type() == EventType.KILLED && c.quantity() != null)
                .extracting(c -> c.quantity().value()).containsExactly(1L);
        assertThat(claims).filteredOn(c -> c.event().type() == EventType.INJURED && c.quantity() != null).isEmpty();
    }

    @Test
    void woundedIsInjured() {
        assertThat(extractOne("Fourteen soldiers were wounded in the attack.", EventType.INJURED).quantity().value())
                .isEqualTo(14);
    }

    @Test
    void hospitalisedIsInjured() {
        assertThat(extractOne("Nine children were hospitalised after the blast.", EventType.INJURED).quantity().value())
                .isEqualTo(9);
    }

    @Test
    void lostTheirLivesIsKilled() {
        assertThat(extractOne("Twelve miners lost their lives in the strike.", EventType.KILLED).quantity().value())
                .isEqualTo(12);
    }

    @Test
    void takenPrisonerIsCaptured() {
        assertThat(extractOne("Thirty marines were taken prisoner near the port.", EventType.CAPTURED).quantity().value())
                .isEqualTo(30);
    }

    @Test
    void dispatchedIsDeployed() {
        Claim c = extractOne("The ministry dispatched 400 paratroopers to the border region.", EventType.DEPLOYED);
        assertThat(c.quantity().value()).isEqualTo(400);
        assertThat(c.actor().text()).isEqualTo("The ministry".substring(4));
    }

    @Test
    void theVictimOfAnActiveVerbIsTheSubjectAndTheKillerTheActor() {
        Claim c = extractOne("Gunmen killed 11 farmers in the village of Tal.", EventType.KILLED);
        assertThat(c.quantity().value()).isEqualTo(11);
        assertThat(c.subject().text()).isEqualTo("farmers");
        assertThat(c.actor().text()).isEqualTo("Gunmen");
    }

    @Test
    void coordinatedVictimsAddUp() {
        Claim c = extractOne("A woman and her son were injured in the shooting.", EventType.INJURED);
        assertThat(c.quantity().value()).isEqualTo(2);
    }

    @Test
    void evidenceSpansPointAtTheirText() {
        String text = "Rescuers said 17 people died in the flooding.";
        Claim c = extractOne(text, EventType.KILLED);
        assertThat(text.substring(c.quantity().span().start(), c.quantity().span().end())).isEqualTo("17");
        assertThat(text.substring(c.event().trigger().span().start(), c.event().trigger().span().end()))
                .isEqualTo("died");
    }

    @Test
    void aFigureOfPeopleShotIsSplitByTheKilledInTheNextSentence() {
        List<Claim> claims = extract("Four people were shot on Sunday night.\nTwo of them died at the hospital.");
        assertThat(claims).filteredOn(c -> c.event().type() == EventType.INJURED && c.quantity() != null)
                .extracting(c -> c.quantity().value()).containsExactly(2L);
    }

    @Test
    void othersShotAreNotTheKilled() {
        List<Claim> claims = extract("One man was killed.\nTwo others were shot and taken to hospital.");
        assertThat(claims).filteredOn(c -> c.event().type() == EventType.INJURED && c.quantity() != null)
                .extracting(c -> c.quantity().value()).containsExactly(2L);
    }

    @Test
    void aNegatedEventCountsNobody() {
        assertThat(extract("Police said no one else was hurt.\nTwo neighbours were not injured."))
                .filteredOn(c -> c.quantity() != null).isEmpty();
    }

    @Test
    void notSeriouslyInjuredIsStillInjured() {
        assertThat(extractOne("The driver was not seriously injured.", EventType.INJURED).quantity().value())
                .isEqualTo(1);
    }

    @Test
    void aManWhoShotHimselfIsOneInjured() {
        assertThat(extractCount("A man accidentally shot himself in the leg while cleaning a rifle.").quantity().value())
                .isEqualTo(1);
    }

    @Test
    void aHeadlineLeavesOutThePassiveAuxiliary() {
        Claim c = extractCount("Four people shot outside a nightclub downtown");
        assertThat(c.event().type()).isEqualTo(EventType.INJURED);
        assertThat(c.quantity().value()).isEqualTo(4);
    }

    @Test
    void anEllipticalSecondClauseKeepsItsFigure() {
        List<Claim> claims = extract("One person was killed and three others injured in the attack.");
        assertThat(claims).filteredOn(c -> c.event().type() == EventType.INJURED && c.quantity() != null)
                .extracting(c -> c.quantity().value()).containsExactly(3L);
    }

    @Test
    void conjoinedPersonsShareTheFirstDeterminer() {
        assertThat(extractOne("A man, woman and boy were wounded in the shooting.", EventType.INJURED)
                .quantity().value()).isEqualTo(3);
    }

    @Test
    void timesShotIsNotAFigureOfPeople() {
        assertThat(extractCount("He was shot three times in the back.").quantity().value()).isEqualTo(1);
    }

    @Test
    void aFatalWoundIsAKilling() {
        List<Claim> claims = extract("The guard was found with a fatal gunshot wound to the head.");
        assertThat(claims).filteredOn(c -> c.quantity() != null).extracting(c -> c.event().type())
                .containsExactly(EventType.KILLED);
    }

    @Test
    void anInjuryWordWithAKillingAdverbIsAKilling() {
        assertThat(extractCount("The girl was fatally struck by gunfire.").event().type()).isEqualTo(EventType.KILLED);
    }

    @Test
    void struckByABulletIsInjured() {
        assertThat(extractOne("A boy was struck by a stray bullet.", EventType.INJURED).quantity().value())
                .isEqualTo(1);
    }

    @Test
    void aVictimShotInAnArticleThatReportsTheDeathIsAmongTheKilled() {
        List<Claim> claims = extract("A man was shot in the chest on Friday near the park.\n"
                + "Witnesses heard several cars leave.\nThe coroner said the man died at the hospital.");
        assertThat(claims).filteredOn(c -> c.event().type() == EventType.INJURED && c.quantity() != null).isEmpty();
        assertThat(claims).filteredOn(c -> c.event().type() == EventType.KILLED && c.quantity() != null)
                .extracting(c -> c.quantity().value()).containsExactly(1L);
    }
}
