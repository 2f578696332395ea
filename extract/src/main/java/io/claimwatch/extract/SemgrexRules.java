package io.claimwatch.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.List;

/** A commented file of Semgrex patterns from {@code src/main/resources/patterns}, one pattern a line. */
record SemgrexRules(String name, List<SemgrexPattern> patterns) {

    static SemgrexRules load(String name) {
        String path = "/patterns/" + name + ".semgrex";
        List<SemgrexPattern> patterns = RuleFile.lines(path).stream().map(l -> SemgrexPattern.compile(l.trim()))
                .toList();
        return new SemgrexRules(name, patterns);
    }
}
