package io.claimwatch.extract;

import io.claimwatch.model.PartyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parties an article has named so far, newest last, so that "he", "the agency" or a bare surname can be
 * resolved to the party it stands for. One registry per article.
 */
final class PartyRegistry {
    /** A named party: display name, kind, head noun ("agency"), and other names ("GUR", "Zelensky"). */
    record Party(String name, PartyKind kind, String head, Set<String> aliases) {
        boolean answersTo(String text) {
            String t = normal(text);
            return normal(name).equals(t) || aliases.stream().anyMatch(a -> normal(a).equals(t));
        }
    }

    private final List<Party> parties = new ArrayList<>();

    void add(Party party) {
        parties.removeIf(p -> p.name().equals(party.name()));
        parties.add(party);
    }

    /** The latest person named. */
    Party lastPerson() {
        for (int i = parties.size() - 1; i >= 0; i--) {
            if (parties.get(i).kind() == PartyKind.PERSON && parties.get(i).name().contains(" ")) {
                return parties.get(i);
            }
        }
        return null;
    }

    /** The latest party whose head noun is {@code head} ("the agency" -> the agency named before). */
    Party lastWithHead(String head) {
        for (int i = parties.size() - 1; i >= 0; i--) {
            if (parties.get(i).head().equals(head)) {
                return parties.get(i);
            }
        }
        return null;
    }

    /** A party known by this name, alias, or (for persons) surname. */
    Party byName(String text) {
        for (int i = parties.size() - 1; i >= 0; i--) {
            Party p = parties.get(i);
            if (p.answersTo(text)) {
                return p;
            }
            if (p.kind() == PartyKind.PERSON && !text.contains(" ")
                    && normal(p.name()).endsWith(" " + normal(text))) {
                return p;
            }
        }
        return null;
    }

    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceFirst("^the ", "").trim();
    }
}
