package io.claimwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordStemsTest {
    @Test
    void endingsComeOff() {
        assertThat(WordStems.of("killed")).contains("kill");
        assertThat(WordStems.of("killing")).contains("kill");
        assertThat(WordStems.of("injures")).contains("injure");
        assertThat(WordStems.of("injured")).contains("injure");
        assertThat(WordStems.of("casualties")).contains("casualty");
        assertThat(WordStems.of("shelled")).contains("shell");
        assertThat(WordStems.of("shooting")).contains("shoot");
        assertThat(WordStems.of("kill")).first().isEqualTo("kill");
    }

    @Test
    void aLexiconKeyIsFoundFromItsForms() {
        Lexicon triggers = Lexicons.get().triggers();
        assertThat(WordStems.isWordOf(triggers, "wounded")).isTrue();
        assertThat(WordStems.isWordOf(triggers, "table")).isFalse();
    }
}
