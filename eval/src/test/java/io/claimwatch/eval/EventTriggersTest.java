package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.eval.EventTriggers.TypeScore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Trigger matching on the made-up corpus of src/test/resources/eval/conflict/events. */
class EventTriggersTest {
    private static final Path DIR = Fixtures.resource("conflict/events");

    private static EventTriggers.Report report() throws IOException {
        return EventTriggers.score(EventTriggers.readGold(DIR.resolve("gold.jsonl")), false, Set.of("e1", "e2"),
                ClaimsFile.read(DIR.resolve("claims.jsonl")));
    }

    private static TypeScore type(String t) throws IOException {
        return report().types().stream().filter(s -> s.type().equals(t)).findFirst().orElseThrow();
    }

    @Test
    void twoClaimsOnOneTriggerAreOneUnit() throws IOException {
        assertThat(type("killed").predicted()).isEqualTo(2); // "killed" twice, and "arrested"
        assertThat(type("killed").truePredicted()).isEqualTo(1);
    }

    @Test
    void anotherWordOfTheSameSentenceOnlyCountsAsSameSentence() throws IOException {
        // "bomb" for the gold trigger "exploded"
        assertThat(type("attacked").truePredicted()).isEqualTo(1);
        assertThat(type("attacked").sameSentencePredicted()).isEqualTo(2);
    }

    @Test
    void claimsOutsideTheScopeAndWithoutTriggersAreNotScored() throws IOException {
        assertThat(type("deployed").predicted()).isZero();
        assertThat(report().notScored()).containsEntry("statement", 1).containsEntry("displaced", 1);
    }

    @Test
    void anAttackerInTheSameSentenceIsTheKillersAgent() throws IOException {
        assertThat(report().arguments()).contains(new EventTriggers.ArgumentRow("killed", "actor vs agent",
                "elsewhere", 1));
    }

    @Test
    void ramsGoldIsRecallOnly() throws IOException {
        assertThat(EventTriggers.recallOnly(Fixtures.resource("conflict/rams").resolve("gold.jsonl"))).isTrue();
        assertThat(EventTriggers.recallOnly(DIR.resolve("gold.jsonl"))).isFalse();
    }
}
