package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void aBinaryTieRoundsToEvenAsPythonDoes() {
        assertThat(Decimals.fixed(1.0 / 16, 3)).isEqualTo("0.062");
        assertThat(Decimals.fixed(3.0 / 16, 3)).isEqualTo("0.188");
    }

    @Test
    void aValueJustBelowTheHalfRoundsDown() {
        // 2.675 is 2.67499999... in binary: Python prints 2.67
        assertThat(Decimals.fixed(2.675, 2)).isEqualTo("2.67");
    }

    @Test
    void generalDropsTrailingZerosAndSwitchesToAnExponentAtAMillion() {
        assertThat(Decimals.general(3.0)).isEqualTo("3");
        assertThat(Decimals.general(5.5)).isEqualTo("5.5");
        assertThat(Decimals.general(150000.0)).isEqualTo("150000");
        assertThat(Decimals.general(1500000.0)).isEqualTo("1.5e+06");
        assertThat(Decimals.general(0.0)).isEqualTo("0");
    }
}
