package io.claimwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Every rule file loads, and the example sentence of every event, cue and status rule passes the gate. */
class RuleFilesTest {
    private final Lexicons lexicons = Lexicons.get();
    private final SentenceGate gate = new SentenceGate();

    @Test
    void everyPatternFileCompiles() {
        assertThat(SemgrexRules.load("event-count").rules()).hasSizeGreaterThan(5);
        assertThat(SemgrexRules.load("event-patient").rules()).isNotEmpty();
        assertThat(SemgrexRules.load("actor").rules()).isNotEmpty();
    }

    @Test
    void everyTriggerCueAndStatusExamplePassesTheGate() {
        for (Lexicon lexicon : List.of(lexicons.triggers(), lexicons.cues(), lexicons.statusCues())) {
            for (Map.Entry<String, String> e : lexicon.examples().entrySet()) {
                assertThat(gate.mayHoldClaim(tokens(e.getValue())))
                        .as("%s rule '%s': %s", lexicon.name(), e.getKey(), e.getValue()).isTrue();
            }
        }
    }

    @Test
    void everyTriggerExampleGivesAClaimOfItsEvent() {
        Lexicon triggers = lexicons.triggers();
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, String> e : triggers.examples().entrySet()) {
            String event = triggers.value(e.getKey(), 1);
            soft.assertThat(Sentences.extract(e.getValue())).extracting(c -> c.event().type().id())
                    .as("trigger '%s' (%s): %s", e.getKey(), event, e.getValue()).contains(event);
        }
        soft.assertAll();
    }

    @Test
    void aSentenceWithNoEventCueOrStatusWordIsGatedOut() {
        assertThat(gate.mayHoldClaim(tokens("The weather in the capital was mild for December."))).isFalse();
    }

    @Test
    void everyModifierExampleGetsItsQualifier() {
        for (Map.Entry<String, String> e : lexicons.modifiers().examples().entrySet()) {
            var claims = Sentences.extract(e.getValue()).stream().filter(c -> c.quantity() != null).toList();
            assertThat(claims).as("modifier '%s': %s", e.getKey(), e.getValue()).isNotEmpty();
            assertThat(claims.get(0).quantity().qualifier().id())
                    .as("modifier '%s': %s", e.getKey(), e.getValue())
                    .isEqualTo(lexicons.modifiers().value(e.getKey(), 1));
        }
    }

    @Test
    void everySingularPersonExampleCountsOne() {
        for (Map.Entry<String, String> e : lexicons.singularPersons().examples().entrySet()) {
            var claims = Sentences.extract(e.getValue()).stream().filter(c -> c.quantity() != null).toList();
            assertThat(claims).as("person '%s': %s", e.getKey(), e.getValue()).isNotEmpty();
            assertThat(claims.get(0).quantity().value()).as("person '%s': %s", e.getKey(), e.getValue()).isEqualTo(1);
        }
    }

    @Test
    void everyEvidenceNounExampleIsASource() {
        for (Map.Entry<String, String> e : lexicons.evidenceNouns().examples().entrySet()) {
            var sources = Sentences.extract(e.getValue()).stream().flatMap(c -> c.attribution().stream())
                    .map(a -> a.mention().toLowerCase(java.util.Locale.ROOT)).toList();
            assertThat(sources).as("evidence '%s': %s", e.getKey(), e.getValue())
                    .anyMatch(m -> m.contains(e.getKey()));
        }
    }

    @Test
    void aNameAndAColonPassTheGate() {
        assertThat(gate.mayHoldClaim(tokens("Senator Lindsey Graham: The party cannot win with this rhetoric")))
                .isTrue();
    }

    private static List<CoreLabel> tokens(String sentence) {
        return NlpPipelines.get().split(sentence).get(CoreAnnotations.TokensAnnotation.class);
    }
}
