package io.github.frivillig.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.json.ReadLimits;

/** Codelist values are read from exactly their codes, as {@link Codelists#find(Class, String)} finds them. */
class CodeReadingTest {

    private static final DocumentReader READER = new DocumentReader(ReadLimits.defaults(), false);

    private static final List<Class<? extends Enum<?>>> CODELISTS = List.of(Theme.class, IcnpoCode.class,
            Disposition.class, EventKind.class, PolicyStatus.class, Country.class, IdentifierScheme.class,
            GroupMember.Type.class);

    @Test
    void readsEveryCodeOfACodelistAsItsValue() {
        for (Class<? extends Enum<?>> type : CODELISTS) {
            for (Enum<?> value : type.getEnumConstants()) {
                String code = ((Coded) value).code();
                assertThat(read(type, code).value()).as(code).isSameAs(value);
            }
        }
    }

    @Test
    void reportsAnythingButExactlyACodeAsUnknown() {
        for (Class<? extends Enum<?>> type : CODELISTS) {
            for (Enum<?> value : type.getEnumConstants()) {
                String code = ((Coded) value).code();
                for (String near : List.of(code.toUpperCase(Locale.ROOT), code + " ", " " + code, code + "x",
                        code.substring(1), code.replace('-', '_'), "")) {
                    if (Codelists.codes(type).contains(near)) {
                        continue;
                    }
                    Read read = read(type, near);
                    assertThat(read.value()).as(near).isNull();
                    assertThat(read.problems()).extracting(Violation::code).as(near)
                            .containsExactly("format.unknown-code");
                }
            }
        }
    }

    private record Read(Object value, List<Violation> problems) {
    }

    private static Read read(Class<?> type, String code) {
        String json = "\"" + code + "\"";
        Problems problems = new Problems(Locale.ENGLISH, 10, 0);
        try (JsonParser parser = READER.factory().createParser(ObjectReadContext.empty(),
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            parser.nextToken();
            Object value = new PolicyReader(parser, problems, false).readValue(type);
            return new Read(value, problems.violations());
        }
    }
}
