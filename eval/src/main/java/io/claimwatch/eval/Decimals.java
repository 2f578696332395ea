package io.claimwatch.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers printed the way the reference scorers in ../shared/eval/score print them (Python's format: the exact
 * binary value rounded half to even), so that a summary line can be compared with theirs character for
 * character. {@code String.format} rounds the shortest decimal half up instead: 1/16 is 0.063 there, 0.062 here.
 */
final class Decimals {
    private Decimals() {
    }

    /** Python's {@code f"{value:.{places}f}"}. */
    static String fixed(double value, int places) {
        return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code f"{value:g}"}: six significant digits, no trailing zeros, exponent outside 1e-4..1e6. */
    static String general(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal r = new BigDecimal(value).round(new MathContext(6, RoundingMode.HALF_EVEN));
        int exponent = r.precision() - r.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            String mantissa = stripZeros(r.movePointLeft(exponent).toPlainString());
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        return stripZeros(r.toPlainString());
    }

    private static String stripZeros(String plain) {
        if (!plain.contains(".")) {
            return plain;
        }
        String s = plain.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
