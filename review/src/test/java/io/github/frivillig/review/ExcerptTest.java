package io.github.frivillig.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void showsTwoLinesEitherSideWithTheProblemsLineHighlighted() {
        List<String> document = List.of("a", "b", "c", "d", "e", "f");
        Excerpt excerpt = Excerpt.around(document, 4, 1);
        assertThat(excerpt.lines()).extracting(Excerpt.Line::number).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(excerpt.lines()).filteredOn(Excerpt.Line::highlighted).extracting(Excerpt.Line::text)
                .containsExactly("d");
    }

    @Test
    void cutsALongLineAroundTheColumn() {
        String line = "x".repeat(1000) + "HERE" + "y".repeat(1000);
        Excerpt excerpt = Excerpt.around(List.of(line), 1, 1001);
        String text = excerpt.lines().get(0).text();
        assertThat(text).contains("HERE").startsWith("…").endsWith("…");
        assertThat(text.length()).isEqualTo(Excerpt.MAX_LINE + 2);
    }

    @Test
    void isEmptyForALineOutsideTheDocument() {
        assertThat(Excerpt.around(List.of("a"), 5, 1).lines()).isEmpty();
        assertThat(Excerpt.around(List.of("a"), 0, 1).lines()).isEmpty();
    }
}
