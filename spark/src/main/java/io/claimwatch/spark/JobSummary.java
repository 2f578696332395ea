package io.claimwatch.spark;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a run did, written to {@code OUTPUT/summary.json} and printed: counts, where the time went, and the
 * throughput of the extraction stage ({@code extract_seconds} is wall time of that stage alone;
 * {@code extractor_seconds} and {@code extractor_cpu_seconds} sum the wall and CPU time of the extractor's
 * calls over all tasks, which on a busy machine tells the job's own work from waiting for a core).
 */
record JobSummary(
        List<String> input,
        String master,
        @JsonProperty("cores") int cores,
        @JsonProperty("partitions") int partitions,
        @JsonProperty("dedup") boolean dedup,
        @JsonProperty("dedup_distance") double dedupDistance,
        @JsonProperty("records_read") long recordsRead,
        @JsonProperty("skipped_at_input") long skippedAtInput,
        @JsonProperty("articles") long articles,
        @JsonProperty("syndication_groups") long syndicationGroups,
        @JsonProperty("syndicated_copies") long syndicatedCopies,
        @JsonProperty("articles_extracted") long articlesExtracted,
        @JsonProperty("extraction_failures") long extractionFailures,
        @JsonProperty("claims") long claims,
        @JsonProperty("model_load_ms") long modelLoadMs,
        @JsonProperty("read_seconds") double readSeconds,
        @JsonProperty("dedup_seconds") double dedupSeconds,
        @JsonProperty("extract_seconds") double extractSeconds,
        @JsonProperty("write_seconds") double writeSeconds,
        @JsonProperty("total_seconds") double totalSeconds,
        @JsonProperty("extractor_seconds") double extractorSeconds,
        @JsonProperty("extractor_cpu_seconds") double extractorCpuSeconds,
        @JsonProperty("articles_per_second") double articlesPerSecond,
        @JsonProperty("articles_per_core_hour") double articlesPerCoreHour) {
}
