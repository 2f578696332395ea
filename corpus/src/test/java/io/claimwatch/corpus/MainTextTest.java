package io.claimwatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Pages built to be costly: the work done on them is bounded by their size, not by the square of their depth. */
class MainTextTest {
    private static final String STORY = "Two civilians were wounded when shells hit the market, the mayor said.";

    /** {@code levels} nested divs around one paragraph of the story, after a paragraph at the top. */
    private static String nested(int levels) {
        return "<html><body><p>" + STORY + "</p>" + "<div>".repeat(levels) + "<p>Rescuers searched the rubble.</p>"
                + "</div>".repeat(levels) + "</body></html>";
    }

    private static int depth(Element root) {
        int deepest = 0;
        for (Element e : root.getAllElements()) {
            int d = 0;
            for (Element p = e; p != root && p != null; p = p.parent()) {
                d++;
            }
            deepest = Math.max(deepest, d);
        }
        return deepest;
    }

    @Test
    void nestingDeeperThanTheCapIsFlattenedKeepingItsText() {
        Document doc = Jsoup.parse(nested(100_000));
        MainText.capDepth(doc);
        assertThat(depth(doc.body())).isLessThanOrEqualTo(MainText.MAX_DEPTH);
        assertThat(doc.body().text()).contains(STORY).contains("Rescuers searched the rubble.");
    }

    @Test
    void aPageWithinTheCapIsLeftAlone() {
        Document doc = Jsoup.parse(nested(30));
        String before = doc.outerHtml();
        MainText.capDepth(doc);
        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void aPageOfAHundredThousandNestedDivsIsRead() throws Unreadable {
        HtmlPage page = HtmlPage.parse(nested(100_000).getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(page.text()).contains(STORY).contains("Rescuers searched the rubble.");
    }
}
