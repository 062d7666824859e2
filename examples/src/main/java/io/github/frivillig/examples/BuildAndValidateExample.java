package io.github.frivillig.examples;

import java.io.PrintStream;
import java.util.Locale;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.dialogue.InputKind;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.MeasureStatus;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.policy.PolicyKind;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.json.PolicyJson;

/**
 * Builds a policy in code, validates it, and prints the problems in bokmål and the policy as JSON.
 * <p>
 * The policy is invented for the example, in a real municipality (Hamar, 3403). It has one deliberate mistake, a
 * typo in the id of the input a measure answers, and the one pass of validation shows both of its consequences:
 * the measure refers to an input that does not exist (an error), and the accepted input is answered by no measure
 * (a warning).
 */
public final class BuildAndValidateExample {

    private BuildAndValidateExample() {
    }

    /**
     * Runs the example.
     *
     * @param args  not used
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example, printing to a stream.
     *
     * @param out  where to print, not null
     * @return the validation report, not null
     */
    public static ValidationReport run(PrintStream out) {
        LocalId municipality = LocalId.of("hamar-kommune");
        Policy policy = Policy.builder()
                .id(PolicyId.of("no-3403-eksempel"))
                .municipality(Municipality.of(Country.NORWAY, "3403", "Hamar"))
                .title(LocalizedText.builder().text("nb", "Frivillighetspolitikk").text("nn", "Frivilligheitspolitikk")
                        .build())
                .kind(PolicyKind.POLICY)
                .status(PolicyStatus.DRAFT)
                .language("nb")
                .addOrganisation(Organisation.builder().id(municipality).name("Hamar kommune")
                        .kind(OrganisationKind.MUNICIPALITY).build())
                .addEvent(DialogueEvent.builder().id(LocalId.of("kafedialog")).kind(EventKind.CAFE_DIALOGUE)
                        .status(EventStatus.HELD).date(PartialDate.of(2025, 9, 18)).addOrganiser(municipality)
                        .build())
                .addInput(DialogueInput.builder().id(LocalId.of("lokaler")).kind(InputKind.NEED)
                        .text(LocalizedText.of("nb", "Lag og foreninger trenger rimelige lokaler."))
                        .event(LocalId.of("kafedialog")).addTheme(Theme.PREMISES)
                        .disposition(Disposition.ACCEPTED).build())
                .addMeasure(Measure.builder().id(LocalId.of("lokalebank")).title(LocalizedText.of("nb", "Lokalebank"))
                        .status(MeasureStatus.PLANNED).addResponsible(municipality)
                        // The mistake: there is no input "lokale", only "lokaler".
                        .addRespondsTo(LocalId.of("lokale"))
                        .build())
                .build();

        PolicyValidator validator = PolicyValidator.create();
        ValidationReport report = validator.validate(policy, Locale.forLanguageTag("nb"));
        out.println("Gyldig: " + report.isValid());
        report.violations().forEach(violation -> out.println(violation.severity().code() + " " + violation.code()
                + " " + violation.pointer() + ": " + violation.message()));
        out.println(PolicyJson.builder().prettyPrint().build().write(policy));
        return report;
    }
}
