package io.claimwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The single-precision forward pass must parse exactly as CoreNLP's own parser over the same model. */
class NndepParserTest {
    @Test
    void parsesTheBundledExamplesExactlyAsCoreNlp() throws IOException {
        NlpPipelines nlp = NlpPipelines.get();
        NndepParser fast = nlp.dependencyParser();
        List<CoreMap> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Annotation doc = nlp.split(Files.readString(file));
                List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class).stream()
                        .filter(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()
                                <= NlpPipelines.MAX_PARSED_TOKENS)
                        .toList();
                nlp.parse(doc, all, null);
                sentences.addAll(all);
            }
        }
        assertThat(sentences).hasSizeGreaterThan(40);
        for (CoreMap s : sentences) {
            assertThat(dependencies(fast.predict(s).typedDependencies()))
                    .as(s.get(CoreAnnotations.TextAnnotation.class))
                    .isEqualTo(dependencies(fast.coreNlp().predict(s).typedDependencies()));
        }
    }

    private static List<String> dependencies(java.util.Collection<TypedDependency> deps) {
        return deps.stream().map(TypedDependency::toString).toList();
    }
}
