package io.claimwatch.extract;

import edu.stanford.nlp.graph.CyclicGraphException;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** A commented file of Semgrex patterns from {@code src/main/resources/patterns}, one pattern a line. */
record SemgrexRules(String name, List<Rule> rules) {
    /** A pattern whose root node is the one named "trigger": "{}=trigger >nummod {}=count". */
    private static final Pattern TRIGGER_ROOT = Pattern.compile("^\\{[^}]*\\}=trigger\\s");

    static SemgrexRules load(String name) {
        String path = "/patterns/" + name + ".semgrex";
        return new SemgrexRules(name, RuleFile.lines(path).stream().map(String::trim)
                .map(l -> new Rule(SemgrexPattern.compile(l), TRIGGER_ROOT.matcher(l).find())).toList());
    }

    /**
     * The nodes of {@code graph} in the order {@link SemgrexMatcher#find()} tries them: topological, or the graph's
     * own order when it has a cycle. Worked out once for all the rules a sentence is read with.
     */
    static List<IndexedWord> findOrder(SemanticGraph graph) {
        try {
            return graph.topologicalSort();
        } catch (CyclicGraphException e) {
            return new ArrayList<>(graph.vertexSet());
        }
    }

    /** One pattern, and whether its root is the node named "trigger". */
    record Rule(SemgrexPattern pattern, boolean rootedAtTrigger) {
        /**
         * The matches in {@code graph}, in the order of {@link SemgrexMatcher#find()} ({@code order} is
         * {@link #findOrder}'s). A pattern rooted at its trigger is tried only at the nodes {@code triggers} keeps:
         * find() tries every pattern at every node of the graph, while the rules keep only the matches whose
         * trigger is an event word, one or two nodes of a sentence. The matches kept are the same, in the same
         * order (docs/PERFORMANCE.md: claims byte-identical).
         */
        Matches matches(SemanticGraph graph, List<IndexedWord> order, Predicate<IndexedWord> triggers) {
            return new Matches(pattern.matcher(graph), rootedAtTrigger ? order.iterator() : null, triggers);
        }
    }

    /** A matcher's successive matches, as {@code while (m.find())} reads them. */
    static final class Matches {
        private final SemgrexMatcher matcher;
        private final Iterator<IndexedWord> roots;
        private final Predicate<IndexedWord> keep;
        private boolean atRoot;

        private Matches(SemgrexMatcher matcher, Iterator<IndexedWord> roots, Predicate<IndexedWord> keep) {
            this.matcher = matcher;
            this.roots = roots;
            this.keep = keep;
        }

        /** The next match: further matches at the current root first, then the next kept root's (as find()). */
        boolean find() {
            if (roots == null) {
                return matcher.find();
            }
            if (atRoot && matcher.matches()) {
                return true;
            }
            atRoot = false;
            while (roots.hasNext()) {
                IndexedWord root = roots.next();
                if (keep.test(root) && matcher.matchesAt(root)) {
                    atRoot = true;
                    return true;
                }
            }
            return false;
        }

        IndexedWord getNode(String name) {
            return matcher.getNode(name);
        }
    }
}
