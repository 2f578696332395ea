package io.claimwatch.model;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates serialized claims against {@code claim.schema.json} (the model's published JSON Schema).
 * A test helper: json-schema-validator is a test-scoped dependency of the model, so this class lives in the
 * test sources; other modules' tests can reuse it through the model's test-jar if one is ever published.
 */
public final class ClaimSchemaValidator {
    /** Classpath location of the schema, in model/src/main/resources. */
    public static final String RESOURCE = "claim.schema.json";

    private static final JsonSchema SCHEMA = load();

    private ClaimSchemaValidator() {
    }

    /** The validation messages for one JSON document; empty when it is a valid claim. */
    public static List<String> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    /** The same for a claim record, serialized with {@link ClaimJson#mapper()}. */
    public static List<String> validate(Claim claim) {
        try {
            return validate(ClaimJson.mapper().writeValueAsString(claim));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = ClaimSchemaValidator.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
