package io.claimwatch.extract;

import static io.claimwatch.extract.Sentences.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How war reporting states a figure and its source (issue 11): tolls, wire headlines without auxiliaries,
 * figures after dates, figures owned by the next event word, subsets, headline source tails. Invented
 * sentences, one per class of error.
 */
class ConflictNewsRulesTest {

    /** The figures of the killed and the injured claims, in text order. */
    private static Map<EventType, List<Long>> figures(String text) {
        List<Claim> claims = extract(text);
        return Map.of(EventType.KILLED, values(claims, EventType.KILLED), EventType.INJURED,
                values(claims, EventType.INJURED));
    }

    private static List<Long> values(List<Claim> claims, EventType type) {
        return claims.stream().filter(c -> c.event().type() == type && c.quantity() != null)
                .map(c -> c.quantity().value()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The death toll from the shelling rose to 15 on Sunday.                     | 15
            Regional officials had earlier put the number of dead at 12.               | 12
            The toll climbed to 62 by Monday evening.                                  | 62
            The agency issued a statement putting the death toll at at least 70.       | 70
            The death toll reached 330 after rescuers cleared the rubble.              | 330
            As reported on 1 May 2020, 10 rebel fighters were killed in the district.  | 10
            On 5 May 2020, government forces killed 3 IS militants near the river.     | 3
            17-08-2013 17 Killed as Fighters Storm Border Town                         | 17
            Published October 3 2016 21 fighters have been killed in the clashes.      | 21
            Six civilians were killed among them 4 children and a woman.               | 6
            Gunmen shot and killed 2 civilians in the market.                          | 2
            Two Ukrainian servicemen killed in shelling by rebel troops.               | 2
            One LPR serviceman killed, two more wounded in shelling by government troops. | 1
            Government artillery shell the republic, one militia killed - defense ministry. | 1
            Two DPR military servicemen killed in shelling near the airport.          | 2
            Rebel sniper kills Ukrainian serviceman despite ceasefire -military        | 1
            Gunmen killed a policeman and two guards at the checkpoint.               | 3
            Militants kidnapped 900 Executed 18 People in the Province                | 18
            Jets Pound Militant Offensive in the Province Killing 50 Terrorists       | 50
            10.10.2017(updated 1601 10.10.2017) Get short URL 1721 The air force killed 70 fighters. | 70
            The Army Eliminates Over 75 Militants in the Southern City                | 75
            Gunmen opened fire on a patrol, killing between 2 to 4 soldiers.          | 2
            As a result, between 43 and 52 persons were killed in the blast.          | 43
            Nine fighters from the brigade were reported killed in the explosion.     | 9
            Clashes erupted between two factions of the militia in the market, killing three civilians. | 3
            The corpses of around thirty fighters were discovered near the village.   | 30
            The death toll from Saturday's Russian drone strike on the town rose to 15, the emergency service said. | 15
            UNICEF says 22 schoolchildren and six teachers killed in the village raid. | 28
            Dozens of people were killed in the strike on the market. At least 58 died, the ministry said. | 58
            The rockets hit the western districts, leading to the death of eight and the injury of 30.  | 8
            The air raid on the village claimed the lives of more than ten persons, residents said.    | 10
            The raids hit an area in the north of the province killing at least seven people both fighters and civilians the monitor said | 7
            Jets pounded the district in a second day of bombing that has killed at least 32 people a war monitor and medics said | 32
            """)
    void theFirstKilledFigureIs(String text, long killed) {
        assertThat(figures(text).get(EventType.KILLED)).as(text).isNotEmpty().first().isEqualTo(killed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            One civilian killed, 11 wounded in the night shelling.            | 1 | 11
            At least 48 people dead over 100 injured after the truck bomb.    | 48 | 100
            Nine persons killed 12 injured in rocket attack on the city.      | 9 | 12
            One soldier killed in Donbas, two wounded - JFO HQ.               | 1 | 2
            One KIA, three WIA amid 16 enemy attacks in Donbas.               | 1 | 3
            Two dead twenty injured in chlorine attack on the village          | 2 | 20
            25 civilians killed 80 injured in rocket attacks on the city       | 25 | 80
            Centre of the Capital Shelled 2 Civilians Killed 7 Injured         | 2 | 7
            Terrorist Attack on the Capital kill 5 injure 50                   | 5 | 50
            8 men shot, 2 dead in overnight violence across the city          | 2 | 6
            Terrorist Attack Kills Two Injures Three in the City               | 2 | 3
            Five killed four injured in rocket attacks on the city             | 5 | 4
            Three killed over 70 injured in attacks on the city                | 3 | 70
            One civilian killed 3 injured in rocket attacks on the city        | 1 | 3
            Seven killed 37 others injured due to attacks on the city          | 7 | 37
            10 people shot at a party, 2 dead                                 | 2 | 8
            A child killed 7 people injured in rocket attacks on the city      | 1 | 7
            Child Killed 9 People Injured in Rocket Attacks on the City        | 1 | 9
            At least 14 people were killed 25 were wounded in the suicide attack on the market | 14 | 25
            """)
    void aFigureBeforeAnotherEventWordCountsThatEvent(String text, long killed, long injured) {
        Map<EventType, List<Long>> f = figures(text);
        assertThat(f.get(EventType.KILLED)).as(text).containsExactly(killed);
        assertThat(f.get(EventType.INJURED)).as(text).containsExactly(injured);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The air strikes destroyed 11 hospitals and two schools in the province.
            Jets destroyed three tanks and a command post near the village.
            """)
    void destroyingThingsIsNoKilling(String text) {
        assertThat(figures(text).get(EventType.KILLED)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Land mines have killed and wounded hundreds of civilians in the town.
            19 Killed and Injured in Terrorist Attack on the Border Town
            Hundreds of people were killed or injured in the shelling of the district.
            """)
    void oneFigureForTheKilledAndTheWoundedTogetherIsNoKilledFigure(String text) {
        assertThat(figures(text).get(EventType.KILLED)).as(text).isEmpty();
    }

    @Test
    void aVagueCountPlacedApartFromTheExactFigureStays() {
        assertThat(figures("Dozens of people were killed in Aleppo on Monday. In Idlib, five people died in an air strike.")
                .get(EventType.KILLED)).containsExactly(24L, 5L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Two soldiers killed in east Ukraine fighting: Kiev.                      | Kiev
            Four killed in clashes near the border - eyewitnesses.                   | eyewitnesses
            UPDATE 1-One Ukrainian serviceman killed in past 24 hours - military     | military
            Three civilians killed in the city's west: city hall.                    | city hall
            """)
    void aHeadlineTailNamesTheSource(String text, String source) {
        Claim killed = extract(text).stream().filter(c -> c.event().type() == EventType.KILLED)
                .filter(c -> c.quantity() != null).findFirst().orElseThrow();
        assertThat(killed.primarySource()).as(text).isNotNull();
        assertThat(killed.primarySource().mention()).isEqualTo(source);
        assertThat(killed.status()).isEqualTo(Status.REPORTED);
    }

    @Test
    void aColonInsideAHeadlineIsNoSourceTail() {
        Claim c = extract("Crisis talks: Russia warns of more strikes after 20 killed.").stream()
                .filter(x -> x.event().type() == EventType.KILLED).findFirst().orElseThrow();
        assertThat(c.attribution()).isEmpty();
    }

    @Test
    void everyHeadlineSourceExampleGivesItsSource() {
        HeadlineSources headlines = HeadlineSources.load();
        assertThat(headlines.rules()).isNotEmpty();
        for (HeadlineSources.Rule r : headlines.rules()) {
            List<HeadlineSources.Tail> tails = headlines.find(r.example());
            assertThat(tails).as("rule %s: %s", r.name(), r.example()).hasSize(1);
            assertThat(tails.get(0).source()).isEqualTo(r.expected());
            Claim c = extract(r.example()).stream().filter(x -> x.primarySource() != null).findFirst().orElseThrow();
            assertThat(c.primarySource().mention()).as("rule %s", r.name()).isEqualTo(r.expected());
        }
    }

    @Test
    void everyTollVerbExampleGivesTheTollsFigure() {
        for (Map.Entry<String, String> e : Lexicons.get().tollVerbs().examples().entrySet()) {
            String[] words = e.getValue().replaceAll("[^0-9 ]", " ").trim().split("\\s+");
            long figure = Long.parseLong(words[words.length - 1]);
            assertThat(figures(e.getValue()).get(EventType.KILLED)).as("toll verb '%s': %s", e.getKey(), e.getValue())
                    .containsExactly(figure);
        }
    }

    @Test
    void everyTokenRewriteExampleGivesAFigure() {
        for (Map.Entry<String, String> e : Lexicons.get().tokenRewrites().examples().entrySet()) {
            assertThat(extract(e.getValue()).stream().filter(c -> c.quantity() != null))
                    .as("rewrite '%s': %s", e.getKey(), e.getValue()).isNotEmpty();
        }
    }

    @Test
    void aFigureThatCouldNotBeVerifiedIsHedged() {
        List<Claim> claims = extract("Rebels said 30 soldiers were killed in the ambush. "
                + "The figure could not be independently verified.");
        Claim killed = claims.stream().filter(c -> c.event().type() == EventType.KILLED).findFirst().orElseThrow();
        assertThat(killed.status()).isEqualTo(Status.HEDGED);
        assertThat(killed.hedges()).extracting(h -> h.text()).contains("verified");
    }

    @Test
    void aSourceThatDeclinedToConfirmTheFigureLeavesItUnacknowledged() {
        List<Claim> claims = extract("Local officials said 12 people were killed in the strike. "
                + "The defence ministry declined to confirm that figure.");
        Claim killed = claims.stream().filter(c -> c.event().type() == EventType.KILLED).findFirst().orElseThrow();
        assertThat(killed.status()).isEqualTo(Status.UNACKNOWLEDGED);
    }

    @Test
    void verifyingSomethingNewCastsNoDoubt() {
        List<Claim> claims = extract("Rebels said 30 soldiers were killed in the ambush. "
                + "Reporters could not verify the names of the villages.");
        Claim killed = claims.stream().filter(c -> c.event().type() == EventType.KILLED).findFirst().orElseThrow();
        assertThat(killed.status()).isEqualTo(Status.REPORTED);
    }

    @Test
    void everyHypotheticalHeadExampleGivesNoEvent() {
        for (Map.Entry<String, String> e : Lexicons.get().hypotheticalHeads().examples().entrySet()) {
            assertThat(extract(e.getValue()).stream().filter(c -> c.event().type() != EventType.STATEMENT))
                    .as("hypothetical '%s': %s", e.getKey(), e.getValue()).isEmpty();
        }
    }

    @Test
    void anOutletToldIsTheRelayAfterTheSource() {
        Claim killed = extract("A military spokesman told AFP that 14 fighters were killed near the town.").stream()
                .filter(c -> c.event().type() == EventType.KILLED).findFirst().orElseThrow();
        assertThat(killed.attribution()).extracting(a -> a.mention())
                .containsExactly("A military spokesman", "AFP");
    }

    @Test
    void theGroupClaimsTheAttackNotTheOutletsToll() {
        List<Claim> claims = extract("The group claimed responsibility for the attack, which killed 18 people.");
        Claim killed = claims.stream().filter(c -> c.event().type() == EventType.KILLED).findFirst().orElseThrow();
        assertThat(killed.attribution()).isEmpty();
        assertThat(killed.status()).isEqualTo(Status.ASSERTED);
    }

    @Test
    void aFigureBeforeAnActiveVerbCountsWhoDidIt() {
        assertThat(figures("Two gunmen killed a man outside the market.").get(EventType.KILLED)).containsExactly(1L);
    }

    @Test
    void theTreatedForInjuriesAreInjured() {
        assertThat(figures("Between 30 and 40 people were treated for injuries, the service said.")
                .get(EventType.INJURED)).containsExactly(30L);
    }

    @Test
    void anEarlierTollNamesWhoGaveIt() {
        Claim killed = extract("Regional officials had earlier put the number of dead at 12.").stream()
                .filter(c -> c.event().type() == EventType.KILLED).findFirst().orElseThrow();
        assertThat(killed.quantity().value()).isEqualTo(12);
        assertThat(killed.primarySource().mention()).isEqualTo("Regional officials");
    }
}
