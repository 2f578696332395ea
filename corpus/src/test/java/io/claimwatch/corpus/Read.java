package io.claimwatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything that reading one input gave, in order. */
record Read(List<Input> inputs) {
    static Read of(Path path) {
        return of(path.toString(), Defaults.none());
    }

    static Read of(Path path, Defaults defaults) {
        return of(path.toString(), defaults);
    }

    static Read stdin(byte[] bytes) {
        return of("-", Defaults.none(), new ByteArrayInputStream(bytes));
    }

    static Read of(String path, Defaults defaults) {
        return of(path, defaults, InputStream.nullInputStream());
    }

    private static Read of(String path, Defaults defaults, InputStream stdin) {
        List<Input> inputs = new ArrayList<>();
        new CorpusReader(defaults).read(path, stdin, inputs::add);
        return new Read(inputs);
    }

    /** Resources are written for the tests under src/test/resources/io/claimwatch/corpus. */
    static Path resource(String name) {
        try {
            return Path.of(Read.class.getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }

    List<Input.Document> documents() {
        return inputs.stream().filter(Input.Document.class::isInstance).map(Input.Document.class::cast).toList();
    }

    List<Input.Problem> problems() {
        return inputs.stream().filter(Input.Problem.class::isInstance).map(Input.Problem.class::cast).toList();
    }

    Input.Document onlyDocument() {
        assertThat(inputs).as("inputs").hasSize(1).first().isInstanceOf(Input.Document.class);
        return (Input.Document) inputs.get(0);
    }

    Input.Problem onlyProblem() {
        assertThat(inputs).as("inputs").hasSize(1).first().isInstanceOf(Input.Problem.class);
        return (Input.Problem) inputs.get(0);
    }
}
