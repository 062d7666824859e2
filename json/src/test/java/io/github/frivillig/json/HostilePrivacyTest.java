package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.Speaker;
import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.core.value.Person;

/**
 * Names, e-mail addresses and phone numbers of people (contacts, speakers, members of reference groups) never
 * appear in a report, masked or left out, unless the caller asks for them: tested on the seed policies, with
 * their real named people, and on generated policies, each with bad e-mail addresses and phone numbers planted
 * on every person, through the validator and through PolicyJson.
 */
class HostilePrivacyTest {

    private static final String MASK = "***";
    private static final PolicyValidator MASKING = PolicyValidator.create();
    private static final PolicyValidator REVEALING = PolicyValidator.builder().includePersonalData().build();
    private static final PolicyJson JSON = PolicyJson.standard();
    private static final List<Locale> LANGUAGES = Stream.of("en", "nb", "nn", "da", "sv")
            .map(Locale::forLanguageTag).toList();

    static Stream<Policy> policies() {
        return Stream.concat(SeedPolicies.all().stream(),
                Stream.iterate(0L, seed -> seed + 1).limit(60).map(PolicyGenerator::generate));
    }

    @Test
    void theSeedPoliciesNameThePeopleThisTestLooksFor() {
        List<String> names = new ArrayList<>();
        SeedPolicies.all().forEach(policy -> persons(policy).forEach(person -> names.add(person.name())));
        assertThat(names).contains("Lena Bisgaard", "Bjørn Iddberg", "Bjørn Rognstad", "Lars Skov Henriksen",
                "Hans Stavnsager", "Mette Wang");
    }

    @ParameterizedTest
    @MethodSource("policies")
    void badContactDetailsAreReportedWithoutThePersonalData(Policy original) {
        Policy policy = planted(original);
        List<String> personal = personalData(policy);
        assertThat(personal).isNotEmpty();

        for (Locale language : LANGUAGES) {
            ValidationReport fromModel = MASKING.validate(policy, language);
            ValidationReport fromBytes = JSON.validate(JSON.writeBytes(policy), language);

            for (ValidationReport report : List.of(fromModel, fromBytes)) {
                assertNothingShows(report, personal);
                List<Violation> contactProblems = report.violations().stream()
                        .filter(v -> v.code().equals("email.malformed") || v.code().equals("phone.malformed"))
                        .toList();
                assertThat(contactProblems).hasSize(2 * persons(policy).size());
                assertThat(contactProblems).allSatisfy(v -> assertThat(v.offendingValue()).contains(MASK));
            }
        }
    }

    /** The mask is a choice the caller makes: asked for, the same problems show the values. */
    @ParameterizedTest
    @MethodSource("policies")
    void personalDataShowsOnlyWhenAskedFor(Policy original) {
        Policy policy = planted(original);

        ValidationReport report = REVEALING.validate(policy);

        List<String> shown = report.violations().stream()
                .filter(v -> v.code().equals("email.malformed") || v.code().equals("phone.malformed"))
                .map(v -> v.offendingValue().orElseThrow()).toList();
        List<String> planted = new ArrayList<>();
        persons(policy).forEach(person -> {
            planted.add(person.email());
            planted.add(person.phone());
        });
        assertThat(shown).containsExactlyInAnyOrderElementsOf(planted);
    }

    /** Format problems in a person's fields (here: wrong types and bad escapes) do not quote the data either. */
    @Test
    void formatProblemsInAPersonDoNotShowTheData() {
        String json = "{\"formatVersion\": \"1.0\", \"contacts\": [{\"name\": \"Mette Wang\", \"email\": "
                + "[\"mette.wang@example.dk\"], \"phone\": {\"no\": \"+45 12 34 56 78\"}}], \"events\": [{\"id\": \"e\","
                + " \"speakers\": [{\"person\": {\"name\": \"Hans \\q Stavnsager\"}}]}]}";

        ValidationReport report = JSON.validate(json, Locale.ENGLISH);

        assertThat(report.errors()).extracting(Violation::code).contains("format.wrong-type", "format.syntax");
        assertNothingShows(report, List.of("Mette", "Wang", "mette.wang", "12 34 56 78", "Hans", "Stavnsager"));
    }

    private static void assertNothingShows(ValidationReport report, List<String> personal) {
        for (Violation violation : report.violations()) {
            List<String> shown = new ArrayList<>(violation.arguments().values());
            shown.add(violation.message());
            shown.add(violation.pointer());
            shown.add(violation.path());
            violation.offendingValue().ifPresent(shown::add);
            violation.source().ifPresent(shown::add);
            for (String text : shown) {
                for (String data : personal) {
                    assertThat(text).as("%s at %s", violation.code(), violation.pointer()).doesNotContain(data);
                }
            }
        }
    }

    /**
     * Gives every person a bad e-mail address and phone number made from their name, or from a stand-in; a policy
     * that names nobody gets a contact first.
     */
    private static Policy planted(Policy original) {
        Policy policy = persons(original).isEmpty()
                ? original.toBuilder().addContact(Person.builder().name("Kari Nordmann").build()).build() : original;
        int[] counter = {0};
        return mapPersons(policy, person -> {
            String who = person.name() != null ? person.name() : "Anonymous Person " + counter[0]++;
            return person.toBuilder().name(who).email(who + " at example.no").phone("call " + who).build();
        });
    }

    private static List<String> personalData(Policy policy) {
        List<String> data = new ArrayList<>();
        for (Person person : persons(policy)) {
            data.add(person.name());
            data.add(person.email());
            data.add(person.phone());
        }
        return data;
    }

    private static List<Person> persons(Policy policy) {
        List<Person> persons = new ArrayList<>();
        mapPersons(policy, person -> {
            persons.add(person);
            return person;
        });
        return persons;
    }

    private static Policy mapPersons(Policy policy, UnaryOperator<Person> change) {
        List<Person> contacts = policy.contacts().stream().map(change).toList();
        List<DialogueEvent> events = policy.events().stream().map(event -> event.toBuilder()
                .speakers(event.speakers().stream().map(speaker -> speaker.person() == null ? speaker
                        : new Speaker(change.apply(speaker.person()), speaker.role(), speaker.topic())).toList())
                .build()).toList();
        List<ReferenceGroup> groups = policy.referenceGroups().stream().map(group -> group.toBuilder()
                .members(group.members().stream().map(member -> member.person() == null ? member
                        : withPerson(member, change.apply(member.person()))).toList())
                .build()).toList();
        return policy.toBuilder().contacts(contacts).events(events).referenceGroups(groups).build();
    }

    private static GroupMember withPerson(GroupMember member, Person person) {
        if (member instanceof GroupMember.OrganisationRepresentative representative) {
            return new GroupMember.OrganisationRepresentative(representative.organisation(), person,
                    representative.role(), representative.period());
        } else if (member instanceof GroupMember.ElectedRepresentative elected) {
            return new GroupMember.ElectedRepresentative(person, elected.party(), elected.role(), elected.period());
        } else if (member instanceof GroupMember.MunicipalStaff staff) {
            return new GroupMember.MunicipalStaff(staff.organisation(), person, staff.role(), staff.period());
        } else if (member instanceof GroupMember.NotStated) {
            return new GroupMember.NotStated(person, member.role(), member.period());
        }
        return new GroupMember.Citizen(person, member.role(), member.period());
    }
}
