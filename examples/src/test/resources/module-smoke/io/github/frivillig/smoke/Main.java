package io.github.frivillig.smoke;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;

import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.MunicipalityRegister;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.test.FrivilligAssertions;
import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.json.PolicyJson;
import io.github.frivillig.csv.CsvTable;
import io.github.frivillig.csv.PolicyCsv;

/** Reads, validates and writes policies on the module path and prints what it found, one fact a line. */
public final class Main {

    public static void main(String[] args) throws IOException {
        PolicyJson json = PolicyJson.standard();
        String document = "{\"formatVersion\": \"1.0\", \"id\": \"no-3407-smoke\", "
                + "\"municipality\": {\"country\": \"NO\", \"code\": \"0502\", \"name\": \"Gjøvik\"}, "
                + "\"title\": {\"nb\": \"Tittel\", \"nn\": \"Tittel\"}, \"kind\": \"policy\", \"status\": \"draft\", "
                + "\"organisations\": [{\"id\": \"Bad Id\", \"name\": \"Lag\", \"kind\": \"other\"}]}";
        ValidationReport report = json.validate(document, Locale.forLanguageTag("nn"));
        report.violations().forEach(violation -> System.out.println("violation " + violation.code() + " "
                + violation.pointer() + " " + violation.message()));
        Policy policy = json.read(document);
        System.out.println("roundtrip " + json.read(json.write(policy)).equals(policy));
        System.out.println("label " + Theme.MEETING_PLACES.label(Locale.forLanguageTag("da")));
        System.out.println("register " + MunicipalityRegister.bundled().records(Country.NORWAY, "3407").get(0).name());
        System.out.println("schema " + PolicyJson.schema().contains("2020-12"));
        JsonMapper mapper = JsonMapper.builder().addModules(ServiceLoader.load(JacksonModule.class)).build();
        System.out.println("module " + mapper.readValue(mapper.writeValueAsString(policy), Policy.class).equals(policy));
        System.out.println("report " + json.readReport(json.writeReport(report)).equals(report));
        Policy unknownCode = policy.toBuilder().municipality(
                io.github.frivillig.core.municipality.Municipality.of(Country.NORWAY, "9999", "Ingen")).build();
        for (ConstraintViolation<Policy> violation : Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator()
                .validate(unknownCode)) {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            Violation payload = hibernate.getDynamicPayload(Violation.class);
            if (payload != null) {
                System.out.println("bean-validation " + payload.code() + " " + violation.getPropertyPath());
            }
        }
        FrivilligAssertions.assertThat(report).hasViolation("id.malformed").at("/organisations/0/id");
        FrivilligAssertions.assertThat(PolicyGenerator.generate(1)).validation().hasNoViolation("required");
        System.out.println("assertions true");
        Path csv = Files.createTempDirectory("frivillig-csv");
        System.out.println("csv " + PolicyCsv.export(Stream.of(policy), csv).rowCount(CsvTable.ORGANISATIONS));
        try (Stream<Path> files = Files.walk(csv)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
