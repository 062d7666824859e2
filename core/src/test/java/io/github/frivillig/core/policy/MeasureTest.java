package io.github.frivillig.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.LocalId;

class MeasureTest {

    @Test
    void isNotChangedByChangingTheListsGivenToItsBuilder() {
        List<Theme> themes = new ArrayList<>(List.of(Theme.MEETING_PLACES));
        List<LocalId> responsible = new ArrayList<>(List.of(LocalId.of("kulturavdelingen")));
        Measure measure = Measure.builder()
                .id(LocalId.of("m-1"))
                .title(LocalizedText.of("nb", "Oversikt over lokaler"))
                .themes(themes)
                .responsible(responsible)
                .build();

        themes.add(Theme.PREMISES);
        responsible.clear();

        assertThat(measure.themes()).containsExactly(Theme.MEETING_PLACES);
        assertThat(measure.responsible()).containsExactly(LocalId.of("kulturavdelingen"));
    }

    @Test
    void rejectsChangesToEveryList() {
        Measure measure = Measure.builder().addTheme(Theme.MEETING_PLACES).build();

        assertThatThrownBy(() -> measure.themes().add(Theme.PREMISES))
                .isInstanceOf(UnsupportedOperationException.class);
        for (List<LocalId> ids : Arrays.asList(measure.principles(), measure.respondsTo(), measure.responsible(),
                measure.partners())) {
            assertThatThrownBy(() -> ids.add(LocalId.of("x"))).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThatThrownBy(() -> measure.indicators().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsANullElement() {
        List<Theme> themes = new ArrayList<>();
        themes.add(null);

        assertThatNullPointerException().isThrownBy(() -> Measure.builder().themes(themes).build());
    }
}
