package io.claimwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.corpus.CorpusReader;
import io.claimwatch.corpus.Defaults;
import io.claimwatch.corpus.Input;
import io.claimwatch.extract.Claimwatch;
import io.claimwatch.extract.PlaceFinder;
import io.claimwatch.model.Article;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.Place;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimwatch places}: every toponym of each article with its resolution and span, as JSON Lines. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = {"List every place an article names (NER: location, city, state or province, country), resolved "
                + "by the gazetteer in the article's context: one JSON object a line (article, text, span in code "
                + "points, ner, precision, place: text, name, country, lat, lon, precision, span as in a claim). Reads what `extract` reads."})
final class PlacesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Input files or directories; standard input when none (or \"-\").")
    List<String> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date of input that gives none.")
    LocalDate published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet of input that names none (a domain "
            + "such as cbc.ca also says the outlet's country).")
    String outlet;

    @Option(names = "--url", paramLabel = "URL", description = "Address of a plain-text or HTML input.")
    String url;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CorpusReader reader = new CorpusReader(new Defaults(published, outlet, url));
        ObjectMapper json = ClaimJson.mapper();
        PlaceFinder places = Claimwatch.places();
        int[] read = {0};
        for (String file : files == null || files.isEmpty() ? List.of("-") : files) {
            reader.read(file, System.in, input -> {
                if (!(input instanceof Input.Document d) || d.skipReason() != null) {
                    err.println(input instanceof Input.Document d ? d.origin() + ": skipped: " + d.skipReason()
                            : ((Input.Problem) input).origin() + ": " + ((Input.Problem) input).reason());
                    return;
                }
                read[0]++;
                Article a = d.article();
                try {
                    for (PlaceFinder.Toponym t : places.find(a)) {
                        out.println(line(json, a, t));
                    }
                } catch (RuntimeException | JsonProcessingException e) {
                    err.println("claimwatch places: skipped " + a.id() + ": " + e);
                }
                out.flush();
            });
        }
        if (read[0] == 0) {
            err.println("claimwatch places: nothing to read");
            return 1;
        }
        return 0;
    }

    private static String line(ObjectMapper json, Article a, PlaceFinder.Toponym t) throws JsonProcessingException {
        Place p = t.place();
        ObjectNode o = json.createObjectNode();
        o.putObject("article").put("id", a.id());
        o.put("text", p.text());
        o.putArray("span").add(p.span().start()).add(p.span().end());
        o.put("ner", t.ner());
        o.put("precision", t.precision());
        // the claim's place shape, so score_geo.py scores this output as it scores claims
        ObjectNode place = json.valueToTree(p);
        o.set("place", place);
        return json.writeValueAsString(o);
    }
}
