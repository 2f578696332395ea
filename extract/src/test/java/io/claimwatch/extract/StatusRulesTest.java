package io.claimwatch.extract;

import static io.claimwatch.extract.Sentences.extract;
import static io.claimwatch.extract.Sentences.extractOne;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Evidence;
import io.claimwatch.model.Status;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

    @Test
    void couldHedges() {
        Claim c = extractOne("The strike could have killed as many as 30 people.", EventType.KILLED);
        assertThat(c.status()).isEqualTo(Status.HEDGED);
        assertThat(c.hedges()).extracting(Evidence::text).contains("could");
    }

    @Test
    void reportedlyHedges() {
        Claim c = extractOne("The commander was reportedly captured near the village.", EventType.CAPTURED);
        assertThat(c.status()).isEqualTo(Status.HEDGED);
    }

    @Test
    void appearsToHedges() {
        Claim c = extractOne("Footage appears to show soldiers executing two prisoners.", EventType.KILLED);
        assertThat(c.status()).isEqualTo(Status.HEDGED);
    }

    @Test
    void couldBeSeenIsNotAHedge() {
        assertThat(extract("Soldiers could be seen in the video firing at a car, killing two men."))
                .noneMatch(c -> c.status() == Status.HEDGED);
    }

    @Test
    void aHedgeInACoordinatedClauseStaysThere() {
        Claim killed = extract("Ten soldiers were killed on Monday, and more troops may be sent to the area.")
                .stream().filter(c -> c.quantity() != null).findFirst().orElseThrow();
        assertThat(killed.status()).isEqualTo(Status.ASSERTED);
    }

    @Test
    void deniedGovernsTheClaim() {
        Claim c = extractOne("The ministry denied that its forces had killed 40 civilians.", EventType.KILLED);
        assertThat(c.status()).isEqualTo(Status.DENIED);
    }

    @Test
    void notAcknowledgedIsUnacknowledged() {
        Claim c = extractOne("Moscow has not acknowledged the deployment of the brigade.", EventType.DEPLOYED);
        assertThat(c.status()).isEqualTo(Status.UNACKNOWLEDGED);
    }

    @Test
    void declinedToConfirmIsUnacknowledged() {
        Claim c = extractOne("The army declined to confirm the deaths of 12 soldiers.", EventType.KILLED);
        assertThat(c.status()).isEqualTo(Status.UNACKNOWLEDGED);
    }
}
