package io.claimwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Matches tried at the trigger nodes only are find()'s matches at those nodes, in find()'s order. */
class SemgrexRulesTest {
    // "100 soldiers were killed and 5 wounded, 3 of them in the attack on 2 villages"
    private static final SemanticGraph GRAPH = SemanticGraph.valueOf("[killed nsubj:pass>[soldiers nummod>100] "
            + "conj>[wounded nummod>5 nummod>3 obl>[attack nmod>[villages nummod>2]]]]");
    private static final String PATTERN = "{}=trigger >nummod {}=count";

    private static List<String> plainFind(Predicate<IndexedWord> keep) {
        SemgrexMatcher m = SemgrexPattern.compile(PATTERN).matcher(GRAPH);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (keep.test(m.getNode("trigger"))) {
                out.add(m.getNode("trigger").word() + ">" + m.getNode("count").word());
            }
        }
        return out;
    }

    private static List<String> rooted(Predicate<IndexedWord> keep) {
        SemgrexRules.Rule rule = new SemgrexRules.Rule(SemgrexPattern.compile(PATTERN), true);
        SemgrexRules.Matches m = rule.matches(GRAPH, SemgrexRules.findOrder(GRAPH), keep);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.getNode("trigger").word() + ">" + m.getNode("count").word());
        }
        return out;
    }

    @Test
    void atEveryNodeTheyAreFindsMatchesInFindsOrder() {
        assertThat(plainFind(w -> true)).hasSize(4); // two counts under "wounded": both, in order
        assertThat(rooted(w -> true)).isEqualTo(plainFind(w -> true));
    }

    @Test
    void atSomeNodesTheyAreFindsMatchesThere() {
        Predicate<IndexedWord> events = w -> w.word().equals("wounded") || w.word().equals("killed");
        assertThat(rooted(events)).isEqualTo(plainFind(events)).containsExactly("wounded>5", "wounded>3");
    }

    @Test
    void aPatternIsRootedAtItsTriggerWhenItsFirstNodeIsNamedTrigger() {
        assertThat(rooted("actor")).containsOnly(true);
        // "{tag:CD}=count >nsubj {}=trigger" is rooted at its count
        assertThat(rooted("event-count")).contains(true, false);
    }

    private static List<Boolean> rooted(String file) {
        return SemgrexRules.load(file).rules().stream().map(SemgrexRules.Rule::rootedAtTrigger).toList();
    }
}
