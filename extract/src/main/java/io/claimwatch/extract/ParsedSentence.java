package io.claimwatch.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** One parsed sentence: its tokens and enhanced++ graph, with the few graph walks the stages share. */
final class ParsedSentence {
    final int index;
    final CoreMap sentence;
    final List<CoreLabel> tokens;
    /** enhanced++ dependencies: what the Semgrex patterns match */
    final SemanticGraph graph;
    /** basic dependencies: a tree, for subtrees, ancestors and depth */
    final SemanticGraph tree;

    ParsedSentence(int index, CoreMap sentence) {
        this.index = index;
        this.sentence = sentence;
        this.tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        this.graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        this.tree = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }

    int begin() {
        return sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }

    int end() {
        return sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    /** Token by its 1-based index in the sentence. */
    CoreLabel token(int index) {
        return tokens.get(index - 1);
    }

    static String lemma(IndexedWord w) {
        return w.lemma() == null ? w.word().toLowerCase(Locale.ROOT) : w.lemma().toLowerCase(Locale.ROOT);
    }

    static String lower(CoreLabel t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    IndexedWord node(int index) {
        return graph.getNodeByIndexSafe(index);
    }

    private IndexedWord inTree(IndexedWord w) {
        IndexedWord t = tree.getNodeByIndexSafe(w.index());
        return t == null ? w : t;
    }

    /** The relation to the parent in the basic tree ("root" for the root). */
    String relationToParent(IndexedWord w) {
        IndexedWord t = inTree(w);
        if (!tree.containsVertex(t)) {
            return "root";
        }
        List<SemanticGraphEdge> in = tree.incomingEdgeList(t);
        return in.isEmpty() ? "root" : in.get(0).getRelation().toString();
    }

    /** The parent in the basic tree, as a node of the enhanced graph. */
    IndexedWord parent(IndexedWord w) {
        IndexedWord t = inTree(w);
        if (!tree.containsVertex(t)) {
            return null;
        }
        List<SemanticGraphEdge> in = tree.incomingEdgeList(t);
        return in.isEmpty() ? null : node(in.get(0).getGovernor().index());
    }

    /** Children in the basic tree whose relation is one of {@code relations} (or a subtype of one). */
    List<IndexedWord> treeChildren(IndexedWord w, String... relations) {
        IndexedWord t = inTree(w);
        if (!tree.containsVertex(t)) {
            return List.of();
        }
        return tree.outgoingEdgeList(t).stream()
                .filter(e -> relations.length == 0 || startsWithAny(e.getRelation().toString(), relations))
                .map(e -> node(e.getDependent().index()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Children in the enhanced graph whose relation is one of {@code relations} (or a subtype of one). */
    List<IndexedWord> children(IndexedWord w, String... relations) {
        if (!graph.containsVertex(w)) {
            return List.of();
        }
        return graph.outgoingEdgeList(w).stream()
                .filter(e -> relations.length == 0 || startsWithAny(e.getRelation().toString(), relations))
                .map(SemanticGraphEdge::getDependent)
                .toList();
    }

    /**
     * Token indices of the subtree under {@code root} in the basic tree, not descending
     * into children attached by one of {@code excluded} relations.
     */
    TreeSet<Integer> subtree(IndexedWord root, String... excluded) {
        TreeSet<Integer> out = new TreeSet<>();
        Deque<IndexedWord> todo = new ArrayDeque<>();
        todo.push(inTree(root));
        while (!todo.isEmpty()) {
            IndexedWord w = todo.pop();
            if (!out.add(w.index()) || !tree.containsVertex(w)) {
                continue;
            }
            for (SemanticGraphEdge e : tree.outgoingEdgeList(w)) {
                if (!startsWithAny(e.getRelation().toString(), excluded)) {
                    todo.push(e.getDependent());
                }
            }
        }
        return out;
    }

    /** Ancestors from {@code w} up to the root (first parent at each step), nearest first. */
    List<IndexedWord> ancestors(IndexedWord w) {
        List<IndexedWord> out = new java.util.ArrayList<>();
        Set<IndexedWord> seen = new java.util.HashSet<>();
        IndexedWord p = parent(w);
        while (p != null && seen.add(p)) {
            out.add(p);
            p = parent(p);
        }
        return out;
    }

    int depth(IndexedWord w) {
        return ancestors(w).size();
    }

    /** Character offsets [begin, end) covering the tokens of {@code indices}, trimmed of edge punctuation. */
    int[] charRange(Collection<Integer> indices) {
        TreeSet<Integer> sorted = new TreeSet<>(indices);
        while (sorted.size() > 1 && isEdgePunct(token(sorted.first()))) {
            sorted.pollFirst();
        }
        while (sorted.size() > 1 && isEdgePunct(token(sorted.last()))) {
            sorted.pollLast();
        }
        return new int[] {token(sorted.first()).beginPosition(), token(sorted.last()).endPosition()};
    }

    private static boolean isEdgePunct(CoreLabel t) {
        String tag = t.tag();
        return tag != null && (tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("``")
                || tag.equals("''") || tag.equals("-LRB-") || tag.equals("-RRB-") || tag.equals("HYPH"));
    }

    static boolean startsWithAny(String relation, String... prefixes) {
        for (String p : prefixes) {
            if (relation.equals(p) || relation.startsWith(p + ":")) {
                return true;
            }
        }
        return false;
    }
}
