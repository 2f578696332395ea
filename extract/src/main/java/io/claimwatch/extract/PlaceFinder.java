package io.claimwatch.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.claimwatch.model.Article;
import io.claimwatch.model.Place;
import io.claimwatch.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every toponym of an article: the place mentions of CoreNLP's NER (the extractor's pipeline, on every sentence,
 * without the dependency parse), each resolved by the gazetteer in the context of the article's other toponyms
 * and its outlet. Behind {@code Claimwatch.places()}; shared by all threads.
 */
public final class PlaceFinder {
    private static final Set<String> PLACE_NER = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION");

    /**
     * One toponym: the place (text, span in code points and, when resolved, name, country, point and precision)
     * and the NER tag that found it.
     */
    public record Toponym(Place place, String ner) {
        /** The place's precision: continent, country, region (first-level), district, city; null when unresolved. */
        public String precision() {
            return place.precision() == null ? null : place.precision().id();
        }
    }

    private final NlpPipelines nlp = NlpPipelines.get();
    private final PageNoise noise = PageNoise.load();
    private final Gazetteer gazetteer = Gazetteer.load();

    PlaceFinder() {
    }

    /** The toponyms of {@code article} in text order. */
    public List<Toponym> find(Article article) {
        if (article.text().isBlank()) {
            return List.of();
        }
        Annotation doc = nlp.split(noise.mask(article.text(), article.title()));
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .filter(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= NlpPipelines.MAX_PARSED_TOKENS)
                .toList();
        nlp.name(doc, sentences, article.published());
        TextOffsets o = new TextOffsets(article.text());
        List<CoreMap> mentions = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
            for (CoreMap m : ms == null ? List.<CoreMap>of() : ms) {
                if (PLACE_NER.contains(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
                    mentions.add(m);
                }
            }
        }
        List<String> texts = mentions.stream().map(m -> m.get(CoreAnnotations.TextAnnotation.class)).toList();
        Gazetteer.Context context = gazetteer.context(texts,
                article.url() != null ? article.url() : article.outlet());
        List<Toponym> toponyms = new ArrayList<>();
        for (CoreMap m : mentions) {
            int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String text = o.text(begin, end);
            Span span = o.span(begin, end);
            Place place = gazetteer.resolve(text, span, context).orElse(Place.unresolved(text, span));
            toponyms.add(new Toponym(place, m.get(CoreAnnotations.NamedEntityTagAnnotation.class)));
        }
        return List.copyOf(toponyms);
    }
}
