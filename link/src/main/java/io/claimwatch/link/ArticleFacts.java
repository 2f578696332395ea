package io.claimwatch.link;

import java.util.function.Function;

/**
 * What an incident's summary reads of its articles besides their claims, by article id: the store implements it
 * for the pages, the API, the CLI and the exports, and {@link #of} wraps the articles an ingest has just linked.
 */
public interface ArticleFacts {
    /** The article's report group (syndicated copies share one): its own id when it is in none. */
    String reportGroup(String articleId);

    /** Its text, "" when unknown: where a source's description ("the regional governor") is matched to a name. */
    String articleText(String articleId);

    /** Its title, null when it has none: where a round-up of many events ({@link RoundUp}) is told. */
    String articleTitle(String articleId);

    /** Facts given by three functions (each must answer for every article id). */
    static ArticleFacts of(Function<String, String> reportGroup, Function<String, String> text,
                           Function<String, String> title) {
        return new ArticleFacts() {
            @Override
            public String reportGroup(String articleId) {
                return reportGroup.apply(articleId);
            }

            @Override
            public String articleText(String articleId) {
                return text.apply(articleId);
            }

            @Override
            public String articleTitle(String articleId) {
                return title.apply(articleId);
            }
        };
    }
}
