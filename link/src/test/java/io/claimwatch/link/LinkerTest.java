package io.claimwatch.link;

import static io.claimwatch.link.Claims.claim;
import static io.claimwatch.link.Claims.exact;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Span;
import io.claimwatch.model.TimeSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkerTest {
    private static final String WIRE = """
            KHARKIV, Ukraine - Three people were killed and nine wounded when a guided bomb hit a printing house \
            in the Osnovianskyi district of Kharkiv on Thursday afternoon, regional governor Oleh Syniehubov said.
            Rescuers pulled two workers from the rubble of the four-storey building on Bluchera Street, and the \
            fire spread to a neighbouring warehouse of school textbooks before crews contained it late at night.
            The plant printed about a third of the country's schoolbooks, its director Yurii Makarenko said.""";

    private static Article article(String id, String outlet, String day, String title, String text) {
        return new Article(id, text, title, LocalDate.parse(day), outlet, "https://" + outlet + ".example/" + id);
    }

    private static List<Article> corpus() {
        List<Article> articles = new ArrayList<>();
        articles.add(article("wire", "wire", "2024-05-23", "Guided bomb kills three at Kharkiv printing house", WIRE));
        articles.add(article("copy", "localpaper", "2024-05-24", "Bomb kills 3 at Kharkiv printing house",
                "Updated 6:40 pm\n" + WIRE + "\nSubscribe to our newsletter for more world news."));
        articles.add(article("follow", "otherdaily", "2024-05-24", "Kharkiv printing house toll rises",
                "A fourth worker died in hospital after the guided bomb strike on the Osnovianskyi printing house "
                        + "on Bluchera Street, governor Syniehubov said, as Makarenko vowed to rebuild the schoolbooks plant."));
        articles.add(article("odesa", "otherdaily", "2024-06-02", "Missile hits Odesa port",
                "ODESA, Ukraine - A ballistic missile struck grain terminals in the port of Pivdennyi near Odesa on "
                        + "Sunday, wounding five dock workers and setting a ship on fire, governor Oleh Kiper said."));
        return articles;
    }

    @Test
    void aRepublishedWireStoryIsOneReportGroupNamedByTheOriginal() {
        Linking l = Linker.link(corpus(), List.of());
        assertThat(l.reportGroupOf().get("copy")).isEqualTo("wire");
        assertThat(l.reportGroupOf().get("wire")).isEqualTo("wire");
        assertThat(l.reportGroupOf().get("follow")).isEqualTo("follow");
    }

    @Test
    void reportsOfOneEventFormOneIncidentAndOtherEventsStayApart() {
        List<Article> articles = corpus();
        List<Claim> claims = List.of(claim(articles.get(0), 0, EventType.KILLED, exact(3), "governor"),
                claim(articles.get(2), 0, EventType.KILLED, exact(4), "governor"),
                claim(articles.get(3), 0, EventType.INJURED, exact(5), "governor"));
        Linking l = Linker.link(articles, claims);
        assertThat(l.articleGroups()).containsExactlyInAnyOrder(List.of("wire", "copy", "follow"), List.of("odesa"));
        assertThat(l.incidents()).hasSize(2);
        Incident kharkiv = l.incidents().stream().filter(i -> i.articleIds().contains("wire")).findFirst().orElseThrow();
        assertThat(kharkiv.label()).isEqualTo("Guided bomb kills three at Kharkiv printing house");
        assertThat(kharkiv.articleIds()).containsExactly("wire", "copy", "follow");
        assertThat(kharkiv.claimIds()).hasSize(2);
    }

    @Test
    void aGroupWithoutClaimsIsNoIncident() {
        Linking l = Linker.link(corpus(), List.of());
        assertThat(l.incidents()).isEmpty();
        assertThat(l.articleGroups()).hasSize(2);
    }

    @Test
    void theSameWordsMonthsApartNeedMoreToLink() {
        assertThat(IncidentClustering.datePenalty(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-03"))).isZero();
        assertThat(IncidentClustering.datePenalty(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-06-01")))
                .isGreaterThan(IncidentClustering.datePenalty(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-20")));
    }

    @Test
    void linesAnOutletPrintsOnEveryPageAreNoise() {
        Article a = article("a", "site", "2024-01-01", "t", "Home | World | Sport\nA bomb hit the station.");
        Article b = article("b", "site", "2024-01-02", "t", "Home | World | Sport\nFloods closed the road.");
        PageNoise noise = new PageNoise(List.of(a, b));
        assertThat(noise.story(a)).isEqualTo("A bomb hit the station.");
    }

    @Test
    void undatedReportsOfOneEventStillGroup() {
        List<Article> articles = new ArrayList<>();
        for (Article a : corpus()) {
            articles.add(new Article(a.id(), a.text(), a.title(), null, a.outlet(), a.url()));
        }
        assertThat(Linker.link(articles, List.of()).articleGroups())
                .containsExactlyInAnyOrder(List.of("copy", "follow", "wire"), List.of("odesa"));
    }

    @Test
    void reportsMoreThanAYearApartAreNotOneIncident() {
        List<Article> articles = new ArrayList<>(corpus());
        articles.add(article("later", "otherdaily", "2026-05-24", "Kharkiv printing house toll rises",
                "A fourth worker died in hospital after the guided bomb strike on the Osnovianskyi printing house "
                        + "on Bluchera Street, governor Syniehubov said, as Makarenko vowed to rebuild the schoolbooks plant."));
        List<List<String>> groups = Linker.link(articles, List.of()).articleGroups();
        assertThat(groups).anySatisfy(g -> assertThat(g).contains("wire").doesNotContain("later"));
    }

    @Test
    void aPageListingDatedStoriesIsNoIncident() {
        String list = """
                News Releases
                Shooting on Bluchera Street leaves three dead - 05/23/24
                Guided bomb strike on the Osnovianskyi printing house - 05/22/24
                Coffee with a Cop set for May 24 - 05/17/24
                The Osnovianskyi district will hold a Bluchera Street safety meeting.""";
        List<Article> articles = new ArrayList<>(corpus());
        articles.add(article("releases", "police", "2024-05-24", "en", list));
        List<Claim> claims = List.of(claim(articles.get(0), 0, EventType.KILLED, exact(3), "governor"),
                claim(articles.get(4), 0, EventType.KILLED, exact(3), "police"));
        Linking l = Linker.link(articles, claims);
        assertThat(l.articleGroups()).contains(List.of("releases"));
        assertThat(l.incidents()).noneSatisfy(i -> assertThat(i.articleIds()).contains("releases"));
    }

    @Test
    void twoUpdatesOfOneStoryDoNotMakeAnIndex() {
        assertThat(StoryIndex.isIndex("UPDATE @ 1:48 p.m. Jan. 9\nA woman was shot.\nFIRST REPORT Jan. 8\nPolice came.")).isFalse();
        assertThat(StoryIndex.isIndex("A - 05/17/16\nB - 05/16/16\nC - 05/10/16")).isTrue();
    }

    @Test
    void anIncidentIsDatedByItsDayNotByBackgroundRanges() {
        Article a = article("a", "wire", "2024-05-24", "t", WIRE);
        Claim onThursday = withTime(claim(a, 0, EventType.KILLED, exact(3), "governor"), "2024-05-23", "2024-05-23");
        Claim sinceSeptember = withTime(claim(a, 50, EventType.KILLED, exact(300), "governor"), "2022-09-01", "2024-05-24");
        Claim lastYear = withTime(claim(a, 90, EventType.KILLED, exact(4), "governor"), "2023-05-23", "2023-05-23");
        Incident i = Linker.link(List.of(a), List.of(onThursday, sinceSeptember, lastYear)).incidents().get(0);
        assertThat(i.start()).isEqualTo(LocalDate.parse("2024-05-23"));
        assertThat(i.end()).isEqualTo(LocalDate.parse("2024-05-23"));
    }

    @Test
    void aFullNameIsOneTerm() {
        assertThat(Words.names("Officer Dana Reyes said Marcus J. Hale, 19, was shot on Bayberry Street."))
                .contains("officer_dana", "dana_reyes", "marcus_hale", "bayberry_street")
                .noneMatch(t -> t.contains("said"));
    }

    @Test
    void aPageCrawledTwiceIsOneReportGroupButASitesErrorPageIsNot() {
        String text = "Subscribe to read this story.";
        Article first = article("first", "site", "2024-05-23", "Man shot on Elm Street", WIRE);
        Article again = article("again", "site", "2024-05-24", "Man shot on Elm Street", WIRE);
        Article error1 = article("error1", "site", "2024-05-23", "Two hurt in crash", text);
        Article error2 = article("error2", "site", "2024-05-24", "School board meets", text);
        Linking l = Linker.link(List.of(first, again, error1, error2), List.of());
        assertThat(l.reportGroupOf().get("again")).isEqualTo("first");
        assertThat(l.reportGroupOf().get("error2")).isEqualTo("error2");
    }

    @Test
    void pagesOfOtherOutletsThatShareOnlyASignUpBoxAreNotCopies() {
        String box = "Sign up for our newsletter and have the top headlines from your community delivered right to "
                + "your inbox.";
        Article a = article("a", "recordone", "2016-09-06", "Slain teen identified, shooting had gang ties", box);
        Article b = article("b", "recordtwo", "2017-01-28", "Father and daughter found dead in murder-suicide", box);
        Article c = article("c", "recordthree", "2016-09-07", "Teen slain in double shooting identified", box);
        Linking l = Linker.link(List.of(a, b, c), List.of());
        assertThat(l.reportGroupOf().get("b")).isEqualTo("b");
        assertThat(l.reportGroupOf().get("c")).isEqualTo("a"); // the same story's title: a copy
    }

    @Test
    void titlesWithoutASharedWordAreNoCopiesButAMissingTitleSaysNothing() {
        assertThat(Syndication.titlesShareAWord("Three killed in Kharkiv strike", "Kharkiv strike toll rises")).isTrue();
        assertThat(Syndication.titlesShareAWord("Three killed in Kharkiv strike", "Missile hits Odesa port")).isFalse();
        assertThat(Syndication.titlesShareAWord(null, "Missile hits Odesa port")).isTrue();
        assertThat(Syndication.titlesShareAWord("", "Missile hits Odesa port")).isTrue();
    }

    private static Claim withTime(Claim c, String start, String end) {
        return new Claim(c.id(), c.article(), c.text(), c.span(), c.event(), c.quantity(), c.subject(), c.actor(),
                c.place(), new TimeSpan("then", LocalDate.parse(start), LocalDate.parse(end), new Span(0, 1)),
                c.attribution(), c.status(), c.hedges());
    }
}
