package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search page's numbered pages and its links (0 stands for a gap). */
class PageNumbersTest {
    @Test
    void fewPagesAreAllShown() {
        assertThat(Pages.pageNumbers(1, 3)).containsExactly(1, 2, 3);
        assertThat(Pages.pageNumbers(1, 1)).containsExactly(1);
        assertThat(Pages.pageNumbers(1, 0)).isEmpty();
    }

    @Test
    void manyPagesShowTheEndsAndTwoEitherSideOfTheCurrent() {
        assertThat(Pages.pageNumbers(10, 40)).containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 40);
        assertThat(Pages.pageNumbers(1, 40)).containsExactly(1, 2, 3, 0, 40);
        assertThat(Pages.pageNumbers(4, 40)).containsExactly(1, 2, 3, 4, 5, 6, 0, 40);
        assertThat(Pages.pageNumbers(40, 40)).containsExactly(1, 0, 38, 39, 40);
        assertThat(Pages.pageNumbers(5, 7)).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void linksKeepTheFiltersAndDropThePageWhereTheyShould() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", "hedged");
        params.put("page", "2");
        var links = new Pages.SearchLinks(params);
        assertThat(links.page(3)).isEqualTo("/?status=hedged&page=3");
        assertThat(links.with("outlet", "Eastern Ledger")).isEqualTo("/?status=hedged&outlet=Eastern+Ledger");
        assertThat(links.exportQuery()).isEqualTo("?status=hedged");
        assertThat(new Pages.SearchLinks(Map.of("page_size", "5")).exportQuery()).isEmpty();
        assertThat(List.of(links.without("status"))).containsExactly("/");
    }
}
