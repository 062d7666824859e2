package io.github.frivillig.core.code;

import static java.util.Comparator.comparing;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.organisation.GroupMember;

/**
 * Checks every codelist of the core module. The codelists are found by scanning the compiled classes for enums
 * that implement {@link Coded}, so a new codelist is checked without anyone adding it here.
 */
class CodelistsTest {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ISO_COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern ICNPO = Pattern.compile("[1-9][0-9]?(\\.[0-9]{3})?");

    private static final List<Class<?>> CODELISTS = findCodelists();

    private static List<Class<?>> findCodelists() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.frivillig.core");
        return core.stream()
                .filter(JavaClass::isEnum)
                .filter(type -> type.isAssignableTo(Coded.class))
                .<Class<?>>map(JavaClass::reflect)
                .sorted(comparing(Class::getName))
                .toList();
    }

    static Stream<Class<?>> codelists() {
        return CODELISTS.stream();
    }

    private static List<Coded> constants(Class<?> codelist) {
        return Arrays.stream(codelist.getEnumConstants()).map(Coded.class::cast).toList();
    }

    @Test
    void findsTheCodelistsOfEveryPackage() {
        assertThat(CODELISTS)
                .contains(Theme.class, IcnpoCode.class, Country.class, GroupMember.Type.class,
                        io.github.frivillig.core.value.CountQualifier.class,
                        io.github.frivillig.core.validation.Severity.class)
                .hasSizeGreaterThanOrEqualTo(28);
    }

    @ParameterizedTest
    @MethodSource("codelists")
    void hasUniqueCodes(Class<?> codelist) {
        assertThat(constants(codelist)).extracting(Coded::code).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("codelists")
    void hasCodesInLowerKebabCaseExceptCountryAndIcnpoCodes(Class<?> codelist) {
        Pattern format = codelist == Country.class ? ISO_COUNTRY : codelist == IcnpoCode.class ? ICNPO : KEBAB_CASE;

        assertThat(constants(codelist)).extracting(Coded::code).allMatch(code -> format.matcher(code).matches(),
                "matches " + format);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Object> find(Class<?> codelist, String code) {
        return Codelists.find((Class) codelist, code);
    }

    @ParameterizedTest
    @MethodSource("codelists")
    void findsEveryConstantByItsCode(Class<?> codelist) {
        for (Coded constant : constants(codelist)) {
            assertThat(find(codelist, constant.code())).as(constant.code()).containsSame(constant);
        }
        assertThat(find(codelist, "no-such-code")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("codelists")
    @SuppressWarnings("unchecked")
    void listsItsCodesInDeclarationOrder(Class<?> codelist) {
        assertThat(Codelists.codes((Class<? extends Enum<?>>) codelist))
                .containsExactlyElementsOf(constants(codelist).stream().map(Coded::code).toList());
    }

    // Codelists.label falls back to the code when no label is defined, so the label given back cannot tell a
    // missing label from one that happens to read like its code (CountQualifier.about is labelled "about"). The
    // base bundle is therefore read directly: every constant must have its own non-blank English entry, and
    // label(en) must give that entry.
    @ParameterizedTest
    @MethodSource("codelists")
    void hasAnEnglishLabelForEveryConstant(Class<?> codelist) throws IOException {
        Properties english = englishLabels();
        SoftAssertions softly = new SoftAssertions();
        for (Coded constant : constants(codelist)) {
            String key = Codelists.labelKey(constant);
            softly.assertThat(english.getProperty(key)).as("English label %s", key).isNotBlank();
            softly.assertThat(constant.label(Locale.ENGLISH)).as("label(en) of %s", key)
                    .isEqualTo(english.getProperty(key, "<none>"));
        }
        softly.assertAll();
    }

    @Test
    void labelsAreNotTheirCodesExceptWhereTheWordIsTheSame() {
        // The English labels that read exactly like their codes, one-word qualifiers of numbers; any other would be
        // a label left untranslated.
        assertThat(CODELISTS.stream().flatMap(codelist -> constants(codelist).stream())
                .filter(constant -> constant.label(Locale.ENGLISH).equals(constant.code()))
                .map(Codelists::labelKey))
                .containsExactly("CountQualifier.about", "CountQualifier.nearly", "CountQualifier.many",
                        "CountQualifier.several", "CountQualifier.few");
    }

    private static Properties englishLabels() throws IOException {
        Properties labels = new Properties();
        try (InputStream in = Codelists.class.getResourceAsStream("labels.properties")) {
            assertThat(in).as("labels.properties beside Codelists").isNotNull();
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return labels;
    }

    @Test
    void keysTheLabelOfANestedCodelistByItsEnclosingType() {
        assertThat(Codelists.labelKey(GroupMember.Type.CITIZEN)).isEqualTo("GroupMember.Type.citizen");
        assertThat(Codelists.labelKey(Country.NORWAY)).isEqualTo("Country.NO");
    }

    @Test
    void fallsBackThroughTheShippedLanguagesToEnglish() {
        assertThat(Codelists.fallbackLanguages(Locale.forLanguageTag("nn"))).containsExactly("nn", "nb", "da", "sv", "en");
        assertThat(Codelists.fallbackLanguages(Locale.forLanguageTag("fi"))).containsExactly("sv", "en");
        assertThat(Codelists.fallbackLanguages(Locale.GERMAN)).containsExactly("en");
    }
}
