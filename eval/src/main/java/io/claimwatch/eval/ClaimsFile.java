package io.claimwatch.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A claims file to score without extracting: JSON Lines of {@code claimwatch extract --format jsonl} (one claim
 * a line) or of {@link ClaimDump} ({@code {"doc": ..., "claims": [...]}} a line), read as the reference scorers
 * read it: every claim in file order, its article from the claim itself.
 */
final class ClaimsFile {
    private ClaimsFile() {
    }

    static List<Claim> read(Path file) throws IOException {
        List<Claim> claims = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode node = ClaimJson.mapper().readTree(lines.get(i));
                if (node.has("claims")) {
                    for (JsonNode c : node.get("claims")) {
                        claims.add(ClaimJson.mapper().treeToValue(c, Claim.class));
                    }
                } else {
                    claims.add(ClaimJson.mapper().treeToValue(node, Claim.class));
                }
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a claim: " + e.getMessage());
            }
        }
        return claims;
    }

    /** Claims by article id, each article's in file order. */
    static Map<String, List<Claim>> byArticle(List<Claim> claims) {
        Map<String, List<Claim>> byArticle = new LinkedHashMap<>();
        claims.forEach(c -> byArticle.computeIfAbsent(c.article().id(), k -> new ArrayList<>()).add(c));
        return byArticle;
    }
}
