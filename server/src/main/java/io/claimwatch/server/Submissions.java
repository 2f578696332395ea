package io.claimwatch.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.claimwatch.corpus.CorpusReader;
import io.claimwatch.corpus.Defaults;
import io.claimwatch.corpus.Input;
import io.claimwatch.ingest.Relink;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.store.Store;
import io.claimwatch.store.StoredArticle;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code POST /api/articles}: one article object, or an array of them, read as {@code claimwatch ingest} reads a
 * JSON Lines corpus (same fields, same checks: size, language), extracted, stored, then the store relinked.
 *
 * <p>Writing needs the server's write token ({@code Authorization: Bearer TOKEN}, {@link WriteAccess}); without a
 * token configured, writing is off. The whole batch is checked before anything is stored: one bad article refuses it all, with a
 * 400 naming the article's place in the batch (1-based) and the field at fault.
 */
final class Submissions {
    /** A request body larger than this is refused (413): the corpus reader's limit for one article. */
    static final int MAX_BODY_BYTES = (int) CorpusReader.MAX_BYTES;
    /** Articles per request: extraction takes about a second each, a request should not take minutes. */
    static final int MAX_BATCH = 100;

    /** One JSON value and nothing after it, no field twice: what {@code ArticleJson} asks of a line. */
    private static final ObjectReader BODY = ClaimJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** What became of one posted article. */
    record Outcome(String id, boolean stored, int claims, @JsonProperty("skip_reason") String skipReason) {
    }

    record Result(List<Outcome> articles, long incidents) {
    }

    private final Store store;
    private final Function<Article, List<Claim>> extractor;
    private final WriteAccess access;

    Submissions(Store store, Function<Article, List<Claim>> extractor, WriteAccess access) {
        this.store = store;
        this.extractor = extractor;
        this.access = access;
    }

    void handle(Context ctx) {
        access.checkHeader(ctx.header("Authorization"));
        List<Input.Document> documents = documents(body(ctx));
        List<Outcome> outcomes = new ArrayList<>();
        long incidents;
        // one writer: the store serialises writes anyway, and a relink must see every article of the batch
        synchronized (this) {
            for (Input.Document d : documents) {
                outcomes.add(put(d));
            }
            incidents = outcomes.stream().anyMatch(Outcome::stored)
                    ? Relink.run(store).incidents().size() : store.stats().incidents();
        }
        ctx.status(outcomes.stream().anyMatch(Outcome::stored) ? 201 : 200).json(new Result(outcomes, incidents));
    }

    /** The body, read at most one byte past the limit whatever the request declares. */
    private static byte[] body(Context ctx) {
        return BoundedBody.read(ctx, MAX_BODY_BYTES, "request body over " + MAX_BODY_BYTES / (1024 * 1024) + " MB");
    }

    /** The posted articles as the corpus reader reads them, or a 400 naming every bad one. */
    private static List<Input.Document> documents(byte[] body) {
        JsonNode root;
        try {
            root = BODY.readTree(body);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new BadRequestResponse("not valid JSON: " + (reason.startsWith("Trailing token")
                    ? "more data after the JSON value" : reason));
        }
        List<JsonNode> items = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(items::add);
        } else if (root != null && root.isObject()) {
            items.add(root);
        } else {
            throw new BadRequestResponse("expected an article object or an array of them");
        }
        if (items.isEmpty()) {
            throw new BadRequestResponse("empty array: no articles");
        }
        if (items.size() > MAX_BATCH) {
            throw new ContentTooLargeResponse(items.size() + " articles; at most " + MAX_BATCH + " a request");
        }
        StringBuilder lines = new StringBuilder();  // as JSON Lines: the corpus reader's format
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isObject()) {
                throw new BadRequestResponse("nothing stored: article " + (i + 1) + " is not a JSON object");
            }
            lines.append(items.get(i)).append('\n');
        }
        List<Input.Document> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new CorpusReader(Defaults.none()).read("-", new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
                input -> {
                    if (input instanceof Input.Document d) {
                        documents.add(d);
                    } else {
                        Input.Problem p = (Input.Problem) input;
                        problems.add(p.origin().replace("<stdin>:", "article ") + ": " + p.reason());
                    }
                });
        if (!problems.isEmpty()) {
            throw new BadRequestResponse("nothing stored: " + String.join("; ", problems));
        }
        return documents;
    }

    /** Stores one article with its claims, unless stored already; extraction failures are kept as skip reasons. */
    private Outcome put(Input.Document d) {
        Article article = d.article();
        if (store.hasArticle(article.id())) {
            return new Outcome(article.id(), false, store.claimsOfArticle(article.id()).size(), null);
        }
        String skip = d.skipReason();
        List<Claim> claims = List.of();
        if (skip == null) {
            try {
                claims = List.copyOf(extractor.apply(article));
            } catch (RuntimeException | StackOverflowError e) {
                skip = "extraction failed: " + e;
            }
        }
        boolean stored = store.putArticle(new StoredArticle(article, d.language(), skip, "POST /api/articles"), claims);
        return new Outcome(article.id(), stored, claims.size(), skip);
    }
}
