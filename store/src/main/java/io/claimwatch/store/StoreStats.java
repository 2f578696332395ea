package io.claimwatch.store;

/**
 * What a store holds. {@code articles} counts skipped ones too; {@code reportGroups} counts the distinct
 * reports among the extracted (not skipped) articles once syndicated copies are grouped.
 */
public record StoreStats(long articles, long skippedArticles, long claims, long incidents, long reportGroups) {
}
