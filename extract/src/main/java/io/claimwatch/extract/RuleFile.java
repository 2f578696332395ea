package io.claimwatch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rule files under {@code src/main/resources}: UTF-8 text where blank lines and lines after "#" are comments. */
final class RuleFile {
    private RuleFile() {
    }

    /** The lines of the resource at {@code path} that are neither blank nor comments, in file order. */
    static List<String> lines(String path) {
        InputStream in = RuleFile.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing rule file " + path);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return lines;
    }
}
