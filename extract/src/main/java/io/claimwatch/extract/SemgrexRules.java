package io.claimwatch.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A commented file of Semgrex patterns from {@code src/main/resources/patterns}, one pattern a line. */
record SemgrexRules(String name, List<SemgrexPattern> patterns) {

    static SemgrexRules load(String name) {
        String path = "/patterns/" + name + ".semgrex";
        InputStream in = SemgrexRules.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing pattern file " + path);
        }
        List<SemgrexPattern> patterns = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    patterns.add(SemgrexPattern.compile(line.trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SemgrexRules(name, List.copyOf(patterns));
    }
}
