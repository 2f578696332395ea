package io.claimwatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {
    @Test
    void englishNewsIsEnglish() {
        var v = LanguageCheck.of("Russian forces shelled the city overnight, killing two people, the regional "
                + "governor said on Telegram on Sunday morning.");
        assertThat(v.language()).isEqualTo("en");
        assertThat(v.skipReason()).isNull();
    }

    @Test
    void germanIsNamed() {
        var v = LanguageCheck.of("Drei Soldaten wurden bei dem Beschuss der Stadt get\u00f6tet, teilte die Armee am "
                + "Samstagabend in einer Erkl\u00e4rung mit.");
        assertThat(v.language()).isEqualTo("de");
        assertThat(v.skipReason()).isEqualTo("not English (detected: German)");
    }

    @Test
    void cyrillicIsNotEnglishEvenWhenShort() {
        var v = LanguageCheck.of("\u0412\u0447\u043e\u0440\u0430 \u0432\u0432\u0435\u0447\u0435\u0440\u0456 "
                + "\u043e\u0431\u0441\u0442\u0440\u0456\u043b\u044f\u043b\u0438 \u0425\u0435\u0440\u0441\u043e\u043d.");
        assertThat(v.skipReason()).startsWith("not English");
    }

    @Test
    void aShortTextOfNamesCountsAsEnglish() {
        // Lingua calls "Kyiv, Ukraine" French, but English is close behind: too short to be sure
        var v = LanguageCheck.of("Kyiv, Ukraine");
        assertThat(v.skipReason()).isNull();
        assertThat(v.language()).isNull();
    }

    @Test
    void aShortClearlyFrenchTextIsStillSkipped() {
        assertThat(LanguageCheck.of("Trois soldats ont \u00e9t\u00e9 tu\u00e9s.").skipReason())
                .isEqualTo("not English (detected: French)");
    }

    @Test
    void textWithoutLettersIsUndeterminedAndRead() {
        var v = LanguageCheck.of("12 - 7 / 2025");
        assertThat(v.language()).isNull();
        assertThat(v.skipReason()).isNull();
    }
}
