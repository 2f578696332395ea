package io.claimwatch.corpus;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/**
 * Why an input yields no article: a reader throws it, the caller turns it into an {@link Input.Problem}.
 * Checked, so no reader can forget the case; no stack trace, since the message is for the user.
 */
final class Unreadable extends Exception {
    static final String NOT_UTF8 = "not UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)";

    Unreadable(String reason) {
        super(reason, null, false, false);
    }

    static Unreadable tooLarge() {
        return new Unreadable("too large (over the " + CorpusReader.MAX_BYTES / (1024 * 1024) + " MB limit per article)");
    }

    /** One short sentence for an I/O failure, in the user's terms rather than Java's. */
    static String reason(IOException e) {
        if (e instanceof EOFException) {
            return "truncated: the data ends in the middle of a record";
        }
        if (e instanceof CharacterCodingException) {
            return NOT_UTF8;
        }
        if (e instanceof ZipException) {
            return "corrupt gzip data (" + e.getMessage() + ")";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
