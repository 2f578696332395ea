package io.claimwatch.corpus;

import io.claimwatch.model.Article;
import java.util.Objects;

/** What reading one input yields: an article, or the reason there is none. */
public sealed interface Input permits Input.Document, Input.Problem {
    /** Where it came from: a file path, "file.warc.gz#record-3", "&lt;stdin&gt;", "feed.xml#entry-2", "docs.jsonl:17". */
    String origin();

    /**
     * A readable article. {@code skipReason} is null when it should go to extraction, else why not (e.g.
     * "not English (detected: French)"); {@code language} is an ISO 639-1 code, or null when undetermined.
     */
    record Document(String origin, Article article, String language, String skipReason) implements Input {
        public Document {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(article, "article");
        }
    }

    /** An input that yields no article at all (unreadable, empty, binary, truncated...): reason is one short human sentence. */
    record Problem(String origin, String reason) implements Input {
        public Problem {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
