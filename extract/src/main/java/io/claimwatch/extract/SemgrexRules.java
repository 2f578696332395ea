package io.claimwatch.extract;

import edu.stanford.nlp.graph.CyclicGraphException;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** A commented file of Semgrex patterns from {@code src/main/resources/patterns}, one pattern a line. */
record SemgrexRules(String name, List<SemgrexPattern> patterns, List<Boolean> rootedAtTrigger) {
    /** A pattern whose root node is the one named "trigger": "{}=trigger >nummod {}=count". */
    private static final Pattern TRIGGER_ROOT = Pattern.compile("^\\{[^}]*\\}=trigger\\s");

    SemgrexRules {
        patterns = List.copyOf(patterns);
        rootedAtTrigger = List.copyOf(rootedAtTrigger);
        if (patterns.size() != rootedAtTrigger.size()) {
            throw new IllegalArgumentException("one rooted flag per pattern: " + patterns.size() + " patterns, "
                    + rootedAtTrigger.size() + " flags");
        }
    }

    static SemgrexRules load(String name) {
        String path = "/patterns/" + name + ".semgrex";
        List<String> lines = RuleFile.lines(path).stream().map(String::trim).toList();
        return new SemgrexRules(name, lines.stream().map(SemgrexPattern::compile).toList(),
                lines.stream().map(l -> TRIGGER_ROOT.matcher(l).find()).toList());
    }

    /**
     * The matches of pattern {@code i} in {@code graph}, in the order of {@link SemgrexMatcher#find()}. For a
     * pattern rooted at its trigger, only at the nodes {@code triggers} keeps: find() tries every pattern at every
     * node of the graph, while the rules keep only the matches whose trigger is an event word, one or two nodes of a
     * sentence. The matches kept are the same, in the same order (docs/PERFORMANCE.md: claims byte-identical).
     */
    Matches matches(int i, SemanticGraph graph, Predicate<IndexedWord> triggers) {
        SemgrexMatcher m = patterns.get(i).matcher(graph);
        return new Matches(m, rootedAtTrigger.get(i) ? findOrder(graph).iterator() : null, triggers);
    }

    /** The nodes in the order find() tries them: topological, or the graph's own order when it has a cycle. */
    private static Iterable<IndexedWord> findOrder(SemanticGraph graph) {
        try {
            return graph.topologicalSort();
        } catch (CyclicGraphException e) {
            return graph.vertexSet();
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
