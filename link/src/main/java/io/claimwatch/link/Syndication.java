package io.claimwatch.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Near-duplicate articles (a wire story and its republications) by MinHash over word shingles, with
 * locality-sensitive hashing so that only articles sharing a band of their signature are compared.
 *
 * <p>128 hash functions in 32 bands of 4 rows: pairs with a Jaccard similarity of 0.5 share a band with
 * probability 1 - (1 - 0.5^4)^32 = 0.87, of 0.7 with probability 0.9996; candidates are then kept when their
 * estimated similarity reaches {@link #THRESHOLD}. Republished copies differ by a dateline, a byline and
 * an "Updated" line, well above it; two reports of one event by different reporters share far less.
 */
final class Syndication {
    static final double THRESHOLD = 0.5;
    static final int SHINGLE = 5;
    private static final int BANDS = 32;
    private static final int ROWS = 4;
    private static final int HASHES = BANDS * ROWS;

    private Syndication() {
    }

    /**
     * Groups of near-duplicates, as pairs of article ids to union (each pair once): near-copy stories whose titles
     * ({@code titleById}, null or blank when unknown) share a word ({@link #titlesShareAWord}).
     */
    static List<String[]> pairs(Map<String, String> storyById, Map<String, String> titleById) {
        Map<String, int[]> signatures = new LinkedHashMap<>();
        storyById.forEach((id, story) -> {
            Set<Integer> shingles = shingles(story);
            if (shingles.size() >= SHINGLE) {  // too short to tell a copy from a coincidence
                signatures.put(id, signature(shingles));
            }
        });
        Set<String> seen = new HashSet<>();
        List<String[]> pairs = new java.util.ArrayList<>();
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<String>> buckets = new HashMap<>();
            for (Map.Entry<String, int[]> e : signatures.entrySet()) {
                long key = 1;
                for (int r = 0; r < ROWS; r++) {
                    key = key * 1_000_003L + e.getValue()[band * ROWS + r];
                }
                buckets.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(e.getKey());
            }
            for (List<String> bucket : buckets.values()) {
                for (int i = 0; i < bucket.size(); i++) {
                    for (int j = i + 1; j < bucket.size(); j++) {
                        String a = bucket.get(i);
                        String b = bucket.get(j);
                        String key = a.compareTo(b) < 0 ? a + ' ' + b : b + ' ' + a;
                        if (seen.add(key) && similarity(signatures.get(a), signatures.get(b)) >= THRESHOLD
                                && titlesShareAWord(titleById.get(a), titleById.get(b))) {
                            pairs.add(new String[] {a, b});
                        }
                    }
                }
            }
        }
        return pairs;
    }

    /**
     * Near-copy stories are one report only if their titles (where both have one) share a content word: a
     * republished story keeps its headline's words, while pages whose only text is a sign-up box or a paywall
     * notice that too few pages print to count as page furniture ("Sign up for our newsletter and have the top
     * headlines ...": three pages of three outlets in the GVA dev split, each with another story's title) do not.
     */
    static boolean titlesShareAWord(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return true;
        }
        Set<String> words = new HashSet<>(Words.content(a));
        return Words.content(b).stream().anyMatch(words::contains);
    }

    static Set<Integer> shingles(String text) {
        List<String> words = Words.of(text);
        Set<Integer> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + SHINGLE)).hashCode());
        }
        return shingles;
    }

    static int[] signature(Set<Integer> shingles) {
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (int s : shingles) {
            for (int h = 0; h < HASHES; h++) {
                int v = mix(s, h);
                if (v < sig[h]) {
                    sig[h] = v;
                }
            }
        }
        return sig;
    }

    /** The share of equal signature slots: an unbiased estimate of the Jaccard similarity of the shingle sets. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** The h-th hash function: a seeded 32-bit finaliser (MurmurHash3 fmix), cheap and well mixed. */
    private static int mix(int value, int seed) {
        int k = value ^ (seed * 0x9E3779B9);
        k ^= k >>> 16;
        k *= 0x85EBCA6B;
        k ^= k >>> 13;
        k *= 0xC2B2AE35;
        k ^= k >>> 16;
        return k;
    }

}
