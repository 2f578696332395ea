package io.claimwatch.store.export;

import io.claimwatch.model.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** Claimwatch event types as PLOVER event types, from {@code plover-event-types.tsv} (the mapping and why). */
final class PloverTypes {
    private static final Map<EventType, String> TYPES = read();

    private PloverTypes() {
    }

    /** The PLOVER event type, null for a type PLOVER has no counterpart of (missing, displaced). */
    static String of(EventType type) {
        return TYPES.get(type);
    }

    private static Map<EventType, String> read() {
        try (InputStream in = PloverTypes.class.getResourceAsStream("plover-event-types.tsv")) {
            Map<EventType, String> types = new EnumMap<>(EventType.class);
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .forEach(f -> types.put(EventType.of(f[0]), f[1].strip()));
            return Map.copyOf(types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
