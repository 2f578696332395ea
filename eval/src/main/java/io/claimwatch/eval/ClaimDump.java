package io.claimwatch.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/**
 * An extraction function that keeps what it returns, so that an evaluation run can also write every
 * article's claims (for error analysis away from the scorer): one line per article, {@code doc} and
 * {@code claims}, in article id order.
 */
final class ClaimDump implements Function<Article, List<Claim>> {
    private final Function<Article, List<Claim>> extraction;
    private final Map<String, List<Claim>> kept = new ConcurrentSkipListMap<>();

    ClaimDump(Function<Article, List<Claim>> extraction) {
        this.extraction = extraction;
    }

    @Override
    public List<Claim> apply(Article article) {
        List<Claim> claims = extraction.apply(article);
        kept.put(article.id(), claims == null ? List.of() : List.copyOf(claims));
        return claims;
    }

    /** Writes the kept claims to {@code file}; does nothing when {@code file} is null. */
    void writeTo(Path file) throws IOException {
        write(file, kept);
    }

    /** Writes {@code claimsByDoc} to {@code file}, one line per article; does nothing when {@code file} is null. */
    static void write(Path file, Map<String, List<Claim>> claimsByDoc) throws IOException {
        if (file == null) {
            return;
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, List<Claim>> e : claimsByDoc.entrySet()) {
                ObjectNode line = ClaimJson.mapper().createObjectNode();
                line.put("doc", e.getKey());
                line.set("claims", ClaimJson.mapper().valueToTree(e.getValue()));
                w.write(ClaimJson.mapper().writeValueAsString(line));
                w.newLine();
            }
        }
    }
}
