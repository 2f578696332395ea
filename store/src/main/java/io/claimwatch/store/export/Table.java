package io.claimwatch.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.claimwatch.model.ClaimJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows of named columns written as they come, in one of the formats: CSV (a header, then one record a row; null
 * is an empty field; text that would be a spreadsheet formula is made inert, see {@link #inert}), JSON Lines (one object a row; null stays null) or GeoJSON (a point feature per row that
 * has coordinates, in the columns named {@code lat} and {@code lon}; the other columns are its properties).
 */
final class Table {
    private final ExportFormat format;
    private final List<String> columns;
    private final int lat;
    private final int lon;
    private final Writer out;
    private final CSVPrinter csv;
    private final JsonGenerator json;

    Table(ExportFormat format, List<String> columns, String latColumn, String lonColumn, Writer out) throws IOException {
        this.format = format;
        this.columns = List.copyOf(columns);
        this.lat = columns.indexOf(latColumn);
        this.lon = columns.indexOf(lonColumn);
        this.out = out;
        this.csv = format == ExportFormat.CSV
                ? new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get()) : null;
        this.json = format == ExportFormat.CSV ? null : ClaimJson.mapper().getFactory().createGenerator(out);
        if (format == ExportFormat.JSONL) {
            json.setRootValueSeparator(null);  // the lines are separated by '\n', written here
        } else if (format == ExportFormat.GEOJSON) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
        }
    }

    void add(List<?> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException(row.size() + " values for " + columns.size() + " columns");
        }
        try {
            switch (format) {
                case CSV -> csv.printRecord(row.stream().map(Table::inert).toList());
                case JSONL -> {
                    properties(row, -1, -1);
                    json.flush();
                    out.write('\n');
                }
                case GEOJSON -> feature(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return: OWASP's
     * "CSV injection") gets a leading apostrophe, which spreadsheets hide: article text is untrusted. Numbers and
     * dates are left as they are.
     */
    static Object inert(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    private void feature(List<?> row) throws IOException {
        if (!(row.get(lat) instanceof Number latitude) || !(row.get(lon) instanceof Number longitude)) {
            return;  // no point to draw
        }
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");  // GeoJSON order: longitude first
        json.writeNumber(longitude.doubleValue());
        json.writeNumber(latitude.doubleValue());
        json.writeEndArray();
        json.writeEndObject();
        json.writeFieldName("properties");
        properties(row, lat, lon);
        json.writeEndObject();
    }

    private void properties(List<?> row, int skipA, int skipB) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            if (i != skipA && i != skipB) {
                json.writeFieldName(columns.get(i));
                json.writeObject(row.get(i));
            }
        }
        json.writeEndObject();
    }

    /** Ends the document (the FeatureCollection) and flushes; the writer stays open. */
    void finish() throws IOException {
        if (csv != null) {
            csv.flush();
        } else {
            if (format == ExportFormat.GEOJSON) {
                json.writeEndArray();
                json.writeEndObject();
            }
            json.flush();
        }
        out.flush();
    }
}
