package io.claimwatch.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One commented TSV rule file from {@code src/main/resources/lexicon}: the first column is the key (lower
 * case), the other columns its values; the last column is always an example sentence.
 */
record Lexicon(String name, Map<String, List<String>> rows) {

    static Lexicon load(String name) {
        String path = "/lexicon/" + name + ".tsv";
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : RuleFile.lines(path)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalStateException(path + ": no example in line: " + line);
            }
            rows.put(cols[0].trim().toLowerCase(Locale.ROOT), List.copyOf(Arrays.asList(cols).subList(1, cols.length)));
        }
        return new Lexicon(name, Map.copyOf(rows));
    }

    boolean contains(String key) {
        return key != null && rows.containsKey(key.toLowerCase(Locale.ROOT));
    }

    /** The value in column {@code column} (1 = second column of the file), or null. */
    String value(String key, int column) {
        List<String> row = key == null ? null : rows.get(key.toLowerCase(Locale.ROOT));
        return row == null || row.size() < column ? null : row.get(column - 1);
    }

    /** Keys of several words ("lose life"), longest first, split into words. */
    List<String[]> phrases() {
        List<String[]> out = new ArrayList<>();
        for (String key : rows.keySet()) {
            if (key.contains(" ")) {
                out.add(key.split(" "));
            }
        }
        out.sort((a, b) -> b.length - a.length);
        return out;
    }

    /** The example sentence of each rule, for the tests that run every rule file's examples. */
    Map<String, String> examples() {
        Map<String, String> out = new LinkedHashMap<>();
        rows.forEach((key, cols) -> out.put(key, cols.get(cols.size() - 1)));
        return out;
    }
}
