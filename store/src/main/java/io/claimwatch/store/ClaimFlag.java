package io.claimwatch.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * A reader's mark that an extraction is wrong: the claim, the field at fault (a claim field of docs/FORMAT.md,
 * or "claim" for the whole of it), a note saying what is wrong, and when it was made.
 */
public record ClaimFlag(long id, @JsonProperty("claim_id") String claimId, String field, String note, Instant created) {
    /** Longer notes are refused: a note says what is wrong, it is no article. */
    public static final int MAX_NOTE = 2000;

    public ClaimFlag {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(created, "created");
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("a flag names the field at fault");
        }
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note over " + MAX_NOTE + " characters");
        }
    }
}
