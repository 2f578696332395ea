package io.claimwatch.extract;

import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.claimwatch.model.Qualifier;
import io.claimwatch.model.Quantity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the figure around one token of a parsed sentence: the number (digits, words, "1.5 million",
 * "two dozen"), a range ("between 30 and 40", "30-40"), the modifier before it ("at least", "nearly") and
 * vague counts ("dozens", "hundreds of"). Rejects numbers that are not counts of people.
 */
final class QuantityReader {
    /** NER classes of numbers that are never head counts. */
    private static final Set<String> NOT_COUNTS = Set.of("DATE", "TIME", "DURATION", "MONEY", "PERCENT",
            "ORDINAL", "SET");
    /** Words right after a number that make it an age, a calibre, an address or a measure. */
    private static final Set<String> NOT_COUNT_NEXT = Set.of("-year-old", "year-old", "years", "year", "mm",
            "caliber", "calibre", "block", "percent", "%", "am", "pm", "a.m.", "p.m.", "o'clock", "km", "miles",
            "mile", "kilometres", "kilometers", "meters", "metres", "feet", "hours", "minutes", "days", "weeks",
            "months", "dollars", "-mm", "th", "rounds", "shots", "bullets", "times", "time",
            // "Around 10 Saturday night": a clock time
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight", "night",
            "morning", "afternoon", "evening");
    /** Units after "N-" that make a hyphenated measure or age ("10-month", "6-foot", "2-hour"). */
    private static final Set<String> MEASURES = Set.of("year", "month", "week", "day", "hour", "minute", "foot",
            "feet", "inch", "pound", "mile", "story", "yard", "gauge", "caliber", "calibre", "round", "shot");
    private static final long MAX_COUNT = 50_000_000L;

    private final Lexicons lexicons = Lexicons.get();
    /** Modifier phrases split into words, longest first, so that "no fewer than" wins over "fewer than". */
    private final List<String[]> modifierPhrases = splitLongestFirst(lexicons.modifiers());
    /** Count words ("dozens of", "a couple") split into words, longest first. */
    private final List<String[]> countPhrases = splitLongestFirst(lexicons.numberWords());

    /** The figure whose word is at token {@code index} (1-based), or null when it is not a head count. */
    Quantity read(ParsedSentence s, int index, TextOffsets offsets) {
        CoreLabel token = s.token(index);
        Vague vague = vagueAt(s, index);
        if (vague != null) {
            return withModifier(s, vague.first, vague.last, vague.qualifier, vague.low, vague.low, vague.high,
                    offsets);
        }
        if (!isNumber(token)) {
            return null;
        }
        int first = index;
        int last = index;
        if (isDateToken(token)) {
            return null;
        }
        // "17-08-2013 17 Killed", "2016 21 fighters": a date or a year before the figure is not part of it
        while (first > 1 && joins(s.token(first - 1), s.token(first))) {
            first--;
        }
        while (last < s.tokens.size() && joins(s.token(last), s.token(last + 1))) {
            last++;
        }
        if (!isCount(s, first, last)) {
            return null;
        }
        String numberText = offsets.text(s.token(first).beginPosition(), s.token(last).endPosition());
        long[] range = rangeInToken(numberText);
        if (range != null) {
            return quantity(s, first, last, first, Qualifier.RANGE, range[0], range[0], range[1], offsets);
        }
        Long value = value(s, first, last, numberText);
        if (value == null || value <= 0 || value > MAX_COUNT) {
            return null;
        }
        Quantity between = between(s, first, last, value, offsets);
        if (between != null) {
            return between;
        }
        return withModifier(s, first, last, Qualifier.EXACT, value, value, value, offsets);
    }

    /** Cardinal words, for a capitalised "Eleven" that the tagger took for a name. */
    private static final Set<String> CARDINALS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million");

    /** True for a digit or number word (tagged CD, NER NUMBER, or a cardinal word). */
    static boolean isNumber(CoreLabel t) {
        // NER tags "43 and 52" as one number: its "and" is no number
        return "CD".equals(t.tag()) || "NUMBER".equals(t.ner()) && !JOINERS.contains(t.word().toLowerCase(Locale.ROOT))
                || CARDINALS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> JOINERS = Set.of("and", "or", "to", "-", "–", "between");

    private static boolean sameEntity(CoreLabel a, CoreLabel b) {
        return a.ner() == null || b.ner() == null || a.ner().equals(b.ner());
    }

    /**
     * Two neighbouring number tokens are one figure ("1.5 million", "two hundred"), but not two runs of digits
     * ("0 67 At least 45", a page's counter before the lead) nor a date or a year and a figure ("17-08-2013 17").
     */
    private static boolean joins(CoreLabel left, CoreLabel right) {
        return isNumber(left) && isNumber(right) && sameEntity(left, right) && !isDateToken(left)
                && !isDateToken(right) && !(DIGITS.matcher(left.word()).matches() && DIGITS.matcher(right.word()).matches());
    }

    private static final Pattern DIGITS = Pattern.compile("[\\d,.]+");

    /** A written date ("17-08-2013", "02.10.2017") or a bare year: never a figure, nor part of one. */
    private static boolean isDateToken(CoreLabel t) {
        return DATE_TOKEN.matcher(t.word()).matches();
    }

    private static final Pattern DATE_TOKEN =
            Pattern.compile("\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}|(19|20)\\d\\d");
    private static final Pattern WRITTEN_INTEGER = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");

    private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");

    /**
     * NER's time classes spill onto a count next to a time expression ("28 October 2016 13 citizens killed",
     * "kills two militiamen in course of one week" tags "two" a duration): a number tagged as a time is one only
     * when the expression goes on after it ("24 hours", "5 May") or leads up to it (not from a year).
     */
    private static boolean isTimeValue(ParsedSentence s, int first, int last) {
        String ner = s.token(first).ner();
        if (ner == null || !NOT_COUNTS.contains(ner)) {
            return false;
        }
        if (!TIME_NER.contains(ner)) {
            return true; // money, percent, ordinal
        }
        boolean goesOn = last < s.tokens.size() && ner.equals(s.token(last + 1).ner());
        int before = first - 1;
        while (before > 1 && s.token(before).word().matches("\\p{Punct}")) {
            before--; // "1 May 2020, 10 Taliban militants": the comma is tagged with the date
        }
        boolean ledUp = first > 1 && ner.equals(s.token(first - 1).ner()) && !isDateToken(s.token(before));
        return goesOn || ledUp;
    }

    private boolean isCount(ParsedSentence s, int first, int last) {
        CoreLabel t = s.token(first);
        if (isTimeValue(s, first, last)) {
            return false;
        }
        // "9mm", ".40", "2nd", "1990s", "10-month" (an age or a measure written as one word)
        if (t.word().matches("\\d{1,3}(\\.\\d+)?mm|\\.\\d+|\\d+(st|nd|rd|th|s)|\\d+-[a-zA-Z]+")) {
            return false;
        }
        // a bare four-digit number from 1900 to 2099 is a year ("(2016) A teenager has died"); 911 a phone call
        if (first == last && t.word().matches("(19|20)\\d\\d|911")) {
            return false;
        }
        if (last < s.tokens.size() && NOT_COUNT_NEXT.contains(ParsedSentence.lower(s.token(last + 1)))) {
            return false;
        }
        // "a 10-month-old boy", "a 6-foot fence": a hyphenated measure (NER may take the unit into the number)
        if (last + 2 <= s.tokens.size() && s.token(last + 1).word().equals("-")
                && MEASURES.contains(ParsedSentence.lower(s.token(last + 2)))) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            if (MEASURES.contains(ParsedSentence.lower(s.token(i)))) {
                return false;
            }
        }
        if (first > 1) {
            String before = ParsedSentence.lower(s.token(first - 1));
            // "no one else was hurt" counts nobody
            if (before.equals("aged") || before.equals("age") || before.equals("$") || before.equals("no.")
                    || before.equals("#") || before.equals("no")) {
                return false;
            }
            // "Antonio Mason, 35, died": a number between commas after a name is an age
            boolean commaAround = before.equals(",") && last < s.tokens.size()
                    && Set.of(",", ";", ")", "and", ".").contains(s.token(last + 1).word());
            if (commaAround && first > 2 && s.token(first - 2).tag() != null
                    && s.token(first - 2).tag().startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    private static Long value(ParsedSentence s, int first, int last, String text) {
        // digits say what they are; NER normalises a whole mention ("43 and 52" became 2236)
        if (WRITTEN_INTEGER.matcher(text).matches()) {
            try {
                return Long.parseLong(text.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String normalized = s.token(first).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (normalized != null && "NUMBER".equals(s.token(first).ner())) {
            try {
                return Math.round(Double.parseDouble(normalized.replaceFirst("^[~<>=]+", "")));
            } catch (NumberFormatException ignored) {
                // fall through to the word reader
            }
        }
        try {
            Number n = NumberNormalizer.wordToNumber(text.toLowerCase(Locale.ROOT).replace(",", ""));
            return n == null ? null : Math.round(n.doubleValue());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "30-40" or "30–40" as one token. */
    private static long[] rangeInToken(String text) {
        String[] parts = text.split("[-–—]");
        if (parts.length == 2 && parts[0].matches("\\d+") && parts[1].matches("\\d+")) {
            long lo = Long.parseLong(parts[0]);
            long hi = Long.parseLong(parts[1]);
            return lo < hi ? new long[] {lo, hi} : null;
        }
        return null;
    }

    /** "between 30 and 40", "30 to 40", "30 or 40": the figure at {@code first..last} is either end. */
    private Quantity between(ParsedSentence s, int first, int last, long value, TextOffsets offsets) {
        // this number is the low end: "30 to/and/or 40 people"
        if (last + 2 <= s.tokens.size() && Set.of("to", "and", "or", "-", "–").contains(
                ParsedSentence.lower(s.token(last + 1))) && isNumber(s.token(last + 2))) {
            boolean betweenWord = first > 1 && ParsedSentence.lower(s.token(first - 1)).equals("between");
            String joiner = ParsedSentence.lower(s.token(last + 1));
            if (betweenWord || !joiner.equals("and")) {
                Long hi = value(s, last + 2, last + 2, s.token(last + 2).word());
                if (hi != null && hi > value) {
                    int start = betweenWord ? first - 1 : first;
                    return quantity(s, start, last + 2, first, Qualifier.RANGE, value, value, hi, offsets);
                }
            }
        }
        // this number is the high end: "between 30 and 40"
        // ("between 2 to 4" is written too)
        if (first > 3 && ParsedSentence.lower(s.token(first - 3)).equals("between")
                && Set.of("and", "to").contains(ParsedSentence.lower(s.token(first - 1))) && isNumber(s.token(first - 2))) {
            Long lo = value(s, first - 2, first - 2, s.token(first - 2).word());
            if (lo != null && lo < value) {
                return quantity(s, first - 3, last, first - 2, Qualifier.RANGE, lo, lo, value, offsets);
            }
        }
        return null;
    }

    private Quantity withModifier(ParsedSentence s, int first, int last, Qualifier qualifier, long value,
                                  Long low, Long high, TextOffsets offsets) {
        for (String[] phrase : modifierPhrases) {
            int start = first - phrase.length;
            if (isPhraseAt(s, start, phrase)) {
                Qualifier q = Qualifier.of(lexicons.modifiers().value(String.join(" ", phrase), 1));
                if (qualifier == Qualifier.VAGUE && q == Qualifier.EXACT) {
                    q = Qualifier.VAGUE; // "another dozens" stays vague
                }
                long[] bounds = bounds(q, value, low, high);
                return quantity(s, start, last, first, q, value, bounds[0] < 0 ? null : bounds[0],
                        bounds[1] < 0 ? null : bounds[1], offsets);
            }
        }
        return quantity(s, first, last, first, qualifier, value, low, high, offsets);
    }

    /** How many words from {@code from} make a phrase of quantity-modifiers.tsv ("at least 30"): 0 if none. */
    int modifierLengthAt(ParsedSentence s, int from) {
        for (String[] phrase : modifierPhrases) {  // longest first
            if (isPhraseAt(s, from, phrase)) {
                return phrase.length;
            }
        }
        return 0;
    }

    private static boolean isPhraseAt(ParsedSentence s, int start, String[] phrase) {
        if (start < 1 || start + phrase.length - 1 > s.tokens.size()) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!ParsedSentence.lower(s.token(start + i)).equals(phrase[i])) {
                return false;
            }
        }
        return true;
    }

    private static long[] bounds(Qualifier q, long value, Long low, Long high) {
        return switch (q) {
            case AT_LEAST, MORE_THAN -> new long[] {value, -1};
            case AT_MOST, LESS_THAN -> new long[] {-1, value};
            default -> new long[] {low == null ? -1 : low, high == null ? -1 : high};
        };
    }

    private static List<String[]> splitLongestFirst(Lexicon lexicon) {
        List<String[]> phrases = new java.util.ArrayList<>();
        for (String key : lexicon.rows().keySet()) {
            phrases.add(key.split(" "));
        }
        phrases.sort((a, b) -> b.length - a.length);
        return List.copyOf(phrases);
    }

    private static Quantity quantity(ParsedSentence s, int first, int last, int numberFirst, Qualifier q,
                                     long value, Long low, Long high, TextOffsets offsets) {
        int begin = s.token(first).beginPosition();
        int end = s.token(last).endPosition();
        // spans stay in UTF-16 chars inside the extractor; ClaimAssembler converts them to code points
        return new Quantity(offsets.text(begin, end), value, q, low, high, new io.claimwatch.model.Span(begin, end));
    }

    private record Vague(int first, int last, Qualifier qualifier, long low, Long high) {
    }

    /** A vague or word count ("dozens", "hundreds of", "a couple of") that contains token {@code index}. */
    private Vague vagueAt(ParsedSentence s, int index) {
        Lexicon words = lexicons.numberWords();
        Vague best = null;
        for (String[] parts : countPhrases) {
            String key = String.join(" ", parts);
            for (int start = Math.max(1, index - parts.length + 1); start <= index; start++) {
                int end = start + parts.length - 1;
                if (end > s.tokens.size()) {
                    continue;
                }
                boolean match = true;
                for (int i = 0; i < parts.length && match; i++) {
                    match = ParsedSentence.lower(s.token(start + i)).equals(parts[i]);
                }
                if (match && (best == null || parts.length > best.last - best.first + 1)) {
                    String high = words.value(key, 3);
                    best = new Vague(start, end, Qualifier.of(words.value(key, 1)),
                            Long.parseLong(words.value(key, 2)),
                            high == null || high.equals("-") ? null : Long.parseLong(high));
                }
            }
        }
        return best;
    }
}
