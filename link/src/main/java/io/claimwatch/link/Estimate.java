package io.claimwatch.link;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.claimwatch.model.EventType;
import java.util.List;

/**
 * An incident's figure for one event type in the manner of UCDP GED: a best estimate between a low and a
 * high one, each with the figure it rests on. {@code highOpen} marks a high that is itself a lower bound
 * ("at least 17"): the true figure may be above it. {@code sources}: the sources whose latest figures were
 * weighed. The rule is in {@link Estimates}.
 */
public record Estimate(EventType type, long best, long low, long high, @JsonProperty("high_open") boolean highOpen,
                       @JsonProperty("best_source") SourceFigure bestSource,
                       @JsonProperty("low_source") SourceFigure lowSource,
                       @JsonProperty("high_source") SourceFigure highSource, List<String> sources) {
    public Estimate {
        if (low > best || best > high) {
            throw new IllegalArgumentException("best " + best + " outside " + low + ".." + high);
        }
        sources = List.copyOf(sources);
    }
}
