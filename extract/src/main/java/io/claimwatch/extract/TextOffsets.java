package io.claimwatch.extract;

import io.claimwatch.model.Evidence;
import io.claimwatch.model.Span;

/**
 * CoreNLP counts UTF-16 chars; claims count Unicode code points (so an emoji is one position, as in Python
 * and in the gold files). This converts once per article.
 */
final class TextOffsets {
    private final String text;
    private final int[] codePointAt;

    TextOffsets(String text) {
        this.text = text;
        this.codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            boolean pairStart = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (!pairStart) {
                cp++; // a surrogate pair advances once, at its second half
            }
        }
        codePointAt[text.length()] = cp;
    }

    Span span(int charBegin, int charEnd) {
        return new Span(codePointAt[charBegin], codePointAt[charEnd]);
    }

    Evidence evidence(int charBegin, int charEnd) {
        return new Evidence(text.substring(charBegin, charEnd), span(charBegin, charEnd));
    }

    String text(int charBegin, int charEnd) {
        return text.substring(charBegin, charEnd);
    }
}
