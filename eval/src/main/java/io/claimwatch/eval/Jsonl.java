package io.claimwatch.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleJson;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading of the evaluation files: JSON Lines with the line number in every error. */
final class Jsonl {
    private Jsonl() {
    }

    /** The objects of a JSON Lines file, blank lines skipped. */
    static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                nodes.add(ClaimJson.mapper().readTree(lines.get(i)));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not valid JSON: " + e.getOriginalMessage());
            }
        }
        return nodes;
    }

    /** The articles of a docs.jsonl file by id, in file order (a repeated id keeps its first article). */
    static Map<String, Article> articles(Path file) throws IOException {
        Map<String, Article> articles = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                Article a = ArticleJson.parse(lines.get(i));
                articles.putIfAbsent(a.id(), a);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return articles;
    }

    /** A {@code [start, end]} array as a span. */
    static Span span(JsonNode array) {
        if (array == null || !array.isArray() || array.size() != 2) {
            throw new IllegalArgumentException("not a [start, end] span: " + array);
        }
        return new Span(array.get(0).asInt(), array.get(1).asInt());
    }

    /** A list of {@code [start, end]} arrays as spans (empty when missing). */
    static List<Span> spans(JsonNode arrays) {
        List<Span> spans = new ArrayList<>();
        if (arrays != null) {
            arrays.forEach(a -> spans.add(span(a)));
        }
        return spans;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
