package io.claimwatch.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void twoWaysOfTellingOneShootingShareTheirStems() {
        assertThat(Words.content("A boy was accidentally shot"))
                .containsAll(Words.content("the accidental shootings")
                        .stream().filter(w -> !w.startsWith("shoot")).toList())
                .contains("accident");
        assertThat(Words.content("Shootings")).isEqualTo(Words.content("shooting"));
        assertThat(Words.content("the victims were hospitalized")).as("stop words still go")
                .doesNotContain("the", "were");
    }

    @Test
    void anAgeIsOneTermWhetherInDigitsOrInWords() {
        assertThat(Words.ages("Police: 5-Year-Old Apparently Shot by 4-Year-Old Sibling"))
                .containsExactly("age:5y", "age:4y");
        assertThat(Words.ages("Five-year-old boy hospitalized")).containsExactly("age:5y");
        assertThat(Words.ages("a one-year-old and a twelve-year-old")).containsExactly("age:1y", "age:12y");
        assertThat(Words.ages("a 22-month-old girl and a 10 year old boy")).containsExactly("age:22m", "age:10y");
        assertThat(Words.ages("he was 5 years ago in the old town")).isEmpty();
    }
}
