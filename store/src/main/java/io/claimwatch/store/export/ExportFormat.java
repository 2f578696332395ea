package io.claimwatch.store.export;

import java.util.Locale;

/** The formats of an export, with the media type an HTTP answer names and the file name's extension. */
public enum ExportFormat {
    /** One JSON object a line: for claims the claim JSON of docs/FORMAT.md. */
    JSONL("application/x-ndjson; charset=utf-8"),
    /** RFC 4180, a header row first. */
    CSV("text/csv; charset=utf-8"),
    /** A FeatureCollection of points (RFC 7946: longitude first); what has no coordinates is left out. */
    GEOJSON("application/geo+json; charset=utf-8");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    /** @throws IllegalArgumentException when {@code id} names no format */
    public static ExportFormat of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
