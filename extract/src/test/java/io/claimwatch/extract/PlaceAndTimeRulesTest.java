package io.claimwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import io.claimwatch.model.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the examples of lexicon/future-cues.tsv, lexicon/place-residents.tsv and lexicon/time-anchors.tsv. */
class PlaceAndTimeRulesTest {
    private static final Pattern WORDS = Pattern.compile("['’]?\\w+|[^\\s\\w]");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "march");

    @Test
    void everyTimeAnchorExampleGivesItsClaimTheExpressionFarFromTheSentencesTimeWord() {
        for (Map.Entry<String, String> e : Lexicon.load("time-anchors").examples().entrySet()) {
            String example = e.getValue();
            int anchor = example.toLowerCase(Locale.ROOT).indexOf(e.getKey());
            int timeWord = example.indexOf("Friday");
            assertThat(words(example.substring(anchor, timeWord)).size())
                    .as("tokens between '%s' and its sentence's time word: %s", e.getKey(), example)
                    .isGreaterThan(NlpPipelines.TIME_REACH);
            List<Claim> claims = Sentences.extract(example);
            assertThat(claims).as(example).isNotEmpty();
            assertThat(claims.get(0).time()).as("time-anchors '%s': %s", e.getKey(), example).isNotNull();
            assertThat(claims.get(0).time().text().toLowerCase(Locale.ROOT))
                    .as("time-anchors '%s': %s", e.getKey(), example).contains(e.getKey());
        }
    }

    @Test
    void everyFutureCueExampleLooksAhead() {
        TimeCues cues = new TimeCues();
        for (Map.Entry<String, String> e : Lexicon.load("future-cues").examples().entrySet()) {
            List<CoreLabel> tokens = words(e.getValue());
            int time = 0;
            while (time < tokens.size() && !TIME_WORDS.contains(ParsedSentence.lower(tokens.get(time)))) {
                time++;
            }
            assertThat(time).as("a time word in the example of '%s'", e.getKey()).isLessThan(tokens.size());
            assertThat(cues.read(tokens, time, "", "").future()).as("future-cues '%s': %s", e.getKey(), e.getValue())
                    .isTrue();
        }
    }

    @Test
    void aPlaceThatSaysWhereAPersonIsFromIsNeverTheClaimsPlace() {
        int withPlace = 0;
        for (Map.Entry<String, String> e : Lexicon.load("place-residents").examples().entrySet()) {
            String example = e.getValue();
            Matcher m = Pattern.compile("(\\p{Lu}[\\p{L}-]*)(?:['’]s)? " + e.getKey() + "\\b").matcher(example);
            assertThat(m.find()).as("a place before '%s' in: %s", e.getKey(), example).isTrue();
            String from = m.group(1);
            for (Claim c : Sentences.extract(example)) {
                if (c.place() != null) {
                    withPlace++;
                    assertThat(c.place().text()).as("place-residents '%s': %s", e.getKey(), example).isNotEqualTo(from);
                }
            }
        }
        assertThat(withPlace).as("claims with a place among the examples").isGreaterThan(5);
    }

    @Test
    void aTimeOfDayTakesTheDayNamedBesideIt() {
        // published on a Thursday: "Tuesday" beside the time of day is two days before, not the publication day
        Claim c = Sentences.extract("The blast occurred at about 10:35 a.m. (0735 GMT) Tuesday, killing 12 people.")
                .stream().filter(x -> x.time() != null).findFirst().orElseThrow();
        assertThat(c.time().start()).isEqualTo(Sentences.PUBLISHED.minusDays(2));
    }

    private static List<CoreLabel> words(String text) {
        List<CoreLabel> out = new ArrayList<>();
        Matcher m = WORDS.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            CoreLabel t = new CoreLabel();
            t.setWord(m.group());
            out.add(t);
        }
        return out;
    }
}
