package io.github.frivillig.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.dataset.CompletenessAssessment;
import io.github.frivillig.core.dataset.CriterionResult;
import io.github.frivillig.core.dataset.PolicySummary;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.csv.PolicyCsv;
import io.github.frivillig.json.ComparisonWriter;
import io.github.frivillig.json.DatasetRecord;
import io.github.frivillig.json.PolicyJson;

/**
 * The pages: the start page with its two forms, the validation report, and the comparison of a dataset with its heat
 * map, timelines, criteria and downloads. Every page is rendered on the server and works without JavaScript.
 */
@Controller
public class PageController {

    private final Reviewer reviewer;
    private final MessageSource messages;

    /**
     * Creates the controller.
     *
     * @param reviewer  validates and reads
     * @param messages  the pages' texts
     */
    public PageController(Reviewer reviewer, MessageSource messages) {
        this.reviewer = reviewer;
        this.messages = messages;
    }

    /**
     * The start page.
     *
     * @param model  the page's model
     * @param locale  the request's language
     * @return the view
     */
    @GetMapping("/")
    public String index(Model model, Locale locale) {
        page(model, locale, "/");
        return "index";
    }

    /**
     * Validates an uploaded or pasted document and shows the report.
     *
     * @param file  the uploaded file, if any
     * @param pasted  the pasted text, if any
     * @param model  the page's model
     * @param locale  the request's language
     * @param response  to set the status of an empty form
     * @return the view
     * @throws IOException if the upload cannot be read
     */
    @PostMapping("/review")
    public String review(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "json", required = false) String pasted, Model model, Locale locale,
            HttpServletResponse response) throws IOException {
        page(model, locale, "/");
        byte[] bytes;
        String name;
        if (file != null && !file.isEmpty()) {
            bytes = file.getBytes();
            name = file.getOriginalFilename() == null ? "upload.json" : file.getOriginalFilename();
        } else if (pasted != null && !pasted.isBlank()) {
            bytes = pasted.getBytes(StandardCharsets.UTF_8);
            name = messages.getMessage("report.pasted", null, locale);
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("formError", messages.getMessage("form.nothing", null, locale));
            return "index";
        }
        PolicyJson.Result result = reviewer.review(bytes, locale);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(Codelists.label(severity, locale), result.report().violations(severity).size());
        }
        // Errors first, then warnings, then information; each in the order of the document.
        List<Violation> ordered = result.report().violations().stream()
                .sorted(Comparator.comparing(Violation::severity)
                        .thenComparingLong(v -> v.location().map(l -> l.line()).orElse(Long.MAX_VALUE)))
                .toList();
        for (Violation violation : ordered) {
            byRule.merge(violation.code(), 1, Integer::sum);
            Excerpt excerpt = violation.location()
                    .map(location -> Excerpt.around(lines, location.line(), location.column()))
                    .orElse(new Excerpt(List.of()));
            problems.add(new Problem(violation.severity().code(), Codelists.label(violation.severity(), locale),
                    violation.code(), violation.pointer(), violation.message(),
                    violation.location().map(Object::toString).orElse(""), excerpt));
        }
        model.addAttribute("name", name);
        model.addAttribute("valid", result.report().isValid());
        model.addAttribute("bySeverity", bySeverity);
        model.addAttribute("byRule", byRule);
        model.addAttribute("problems", problems);
        Optional<Policy> policy = result.policyIfRead();
        model.addAttribute("title", policy.map(p -> p.title() == null ? "" : p.title().resolve(locale).orElse(""))
                .orElse(""));
        model.addAttribute("municipality", policy.map(PolicyLabel::municipality).orElse(""));
        model.addAttribute("criteria", policy.map(p -> criteria(CompletenessAssessment.of(p), locale))
                .orElse(List.of()));
        return "report";
    }

    /**
     * Compares the bundled dataset.
     *
     * @param model  the page's model
     * @param locale  the request's language
     * @return the view
     */
    @GetMapping("/compare/demo")
    public String demo(Model model, Locale locale) {
        page(model, locale, "/compare/demo");
        model.addAttribute("demo", true);
        comparison(model, reviewer.demo(), List.of(), locale);
        return "compare";
    }

    /**
     * Compares uploaded datasets.
     *
     * @param files  the files: policies, JSON arrays, JSON Lines
     * @param model  the page's model
     * @param locale  the request's language
     * @param response  to set the status of an empty form
     * @return the view
     * @throws IOException if an upload cannot be read
     */
    @PostMapping("/compare")
    public String compare(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            Locale locale, HttpServletResponse response) throws IOException {
        page(model, locale, "/");
        Reviewer.Dataset dataset = read(files, locale);
        if (dataset == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("formError", messages.getMessage("form.nothing", null, locale));
            return "index";
        }
        model.addAttribute("demo", false);
        comparison(model, dataset.validPolicies(), dataset.skipped(), locale);
        return "compare";
    }

    /**
     * Downloads the bundled dataset's tidy tables.
     *
     * @param response  where the zip is written
     * @throws IOException if it cannot be written
     */
    @GetMapping("/compare/demo/tables.zip")
    public void demoTables(HttpServletResponse response) throws IOException {
        tables(reviewer.demo(), response);
    }

    /**
     * Downloads the bundled dataset's comparison as JSON.
     *
     * @param response  where the JSON is written
     * @param locale  the language of the criteria's reasons
     * @throws IOException if it cannot be written
     */
    @GetMapping("/compare/demo/comparison.json")
    public void demoComparison(HttpServletResponse response, Locale locale) throws IOException {
        comparisonJson(reviewer.demo(), response, locale);
    }

    /**
     * Downloads the tidy tables of uploaded datasets.
     *
     * @param files  the files
     * @param response  where the zip is written
     * @param locale  the request's language
     * @throws IOException if it cannot be written
     */
    @PostMapping("/compare/tables.zip")
    public void uploadedTables(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpServletResponse response, Locale locale) throws IOException {
        Reviewer.Dataset dataset = read(files, locale);
        tables(dataset == null ? List.of() : dataset.validPolicies(), response);
    }

    /**
     * Downloads the comparison of uploaded datasets as JSON.
     *
     * @param files  the files
     * @param response  where the JSON is written
     * @param locale  the request's language
     * @throws IOException if it cannot be written
     */
    @PostMapping("/compare/comparison.json")
    public void uploadedComparison(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpServletResponse response, Locale locale) throws IOException {
        Reviewer.Dataset dataset = read(files, locale);
        comparisonJson(dataset == null ? List.of() : dataset.validPolicies(), response, locale);
    }

    private Reviewer.Dataset read(List<MultipartFile> files, Locale locale) throws IOException {
        List<Reviewer.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (!file.isEmpty()) {
                    InputStream body = file.getInputStream();
                    uploads.add(new Reviewer.Upload(
                            file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), body));
                }
            }
        }
        return uploads.isEmpty() ? null : reviewer.readDataset(uploads, locale);
    }

    private void comparison(Model model, List<Policy> policies, List<DatasetRecord> skipped, Locale locale) {
        model.addAttribute("count", policies.size());
        model.addAttribute("skipped", skipped.stream().map(record -> new Skipped(record.source(),
                record.report().errors().size(), record.report().errors().isEmpty() ? ""
                        : record.report().errors().get(0).message())).toList());
        model.addAttribute("heatMap", HeatMap.of(policies, locale, messages.getMessage("heatmap.none", null, locale)));
        String groupWord = messages.getMessage("timeline.group", null, locale);
        model.addAttribute("timelines", policies.stream()
                .map(policy -> Timeline.of(policy, locale, groupWord)).flatMap(Optional::stream).toList());
        model.addAttribute("criteriaRows", policies.stream().map(policy -> new CriteriaRow(
                PolicyLabel.full(policy, locale), criteria(CompletenessAssessment.of(policy), locale))).toList());
    }

    private static List<Criterion> criteria(CompletenessAssessment assessment, Locale locale) {
        List<Criterion> criteria = new ArrayList<>();
        for (CriterionResult result : assessment.results()) {
            criteria.add(new Criterion(Codelists.label(result.criterion(), locale), result.outcome().code(),
                    Codelists.label(result.outcome(), locale),
                    result.reasons().stream().map(reason -> reason.message(locale)).toList()));
        }
        return criteria;
    }

    private static void tables(List<Policy> policies, HttpServletResponse response) throws IOException {
        // The CSV export writes files; they live in a private temporary directory only while they are zipped.
        Path directory = Files.createTempDirectory("frivillig-tables");
        try {
            PolicyCsv.export(policies.stream(), directory);
            // The tables, their data package descriptor, and the label tables in a folder of their own.
            List<Path> files;
            try (Stream<Path> listing = Files.walk(directory)) {
                files = listing.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
            }
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"frivillig-tables.zip\"");
            try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
                for (Path file : files) {
                    zip.putNextEntry(new ZipEntry(directory.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
        } finally {
            delete(directory);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> listing = Files.walk(directory)) {
            for (Path path : listing.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void comparisonJson(List<Policy> policies, HttpServletResponse response, Locale locale)
            throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"frivillig-comparison.json\"");
        OutputStream out = response.getOutputStream();
        ComparisonWriter writer = ComparisonWriter.start(out, locale);
        policies.forEach(policy -> writer.add(PolicySummary.of(policy)));
        writer.end();
        out.flush();
    }

    /** What every page needs: its language, the languages to switch to, and the path the switch links to. */
    private static void page(Model model, Locale locale, String path) {
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("languages", Languages.SUPPORTED.stream().map(Locale::getLanguage).toList());
        model.addAttribute("path", path);
    }

    /**
     * A problem as the report shows it.
     *
     * @param severity  the severity's code, its style class
     * @param severityLabel  the severity's label
     * @param code  the rule's code
     * @param pointer  the JSON Pointer
     * @param message  the message
     * @param location  line:column, or empty
     * @param excerpt  the document around the line
     */
    public record Problem(String severity, String severityLabel, String code, String pointer, String message,
            String location, Excerpt excerpt) {
    }

    /**
     * A completeness criterion as the pages show it.
     *
     * @param label  the criterion
     * @param outcome  the outcome's code, its style class
     * @param outcomeLabel  the outcome
     * @param reasons  why, in the page's language
     */
    public record Criterion(String label, String outcome, String outcomeLabel, List<String> reasons) {
    }

    /**
     * A policy's row in the criteria table.
     *
     * @param policy  the policy's label
     * @param criteria  its three criteria
     */
    public record CriteriaRow(String policy, List<Criterion> criteria) {
    }

    /**
     * A record left out of the comparison.
     *
     * @param source  its file, and line within it
     * @param errors  how many errors it has
     * @param first  the first error's message
     */
    public record Skipped(String source, int errors, String first) {
    }
}
