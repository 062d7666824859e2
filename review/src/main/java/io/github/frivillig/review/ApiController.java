package io.github.frivillig.review;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.github.frivillig.core.dataset.PolicySummary;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.json.ComparisonWriter;
import io.github.frivillig.json.PolicyJson;

/**
 * The HTTP API for other systems: validate a document or a dataset, compare a dataset, fetch the schema. Bodies are
 * read as they stream in and answers written straight to the response; errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Frivillig", description = "Validate and compare municipal volunteer policies")
public class ApiController {

    /** The media types of a dataset given as JSON Lines, one policy a line. */
    static final Set<String> JSON_LINES = Set.of("application/x-ndjson", "application/jsonl",
            "application/json-lines", "application/jsonlines");

    private static final String LANG_DESCRIPTION = "The language of the messages: nb, nn, da, sv or en; without it, "
            + "the best of Accept-Language, else English.";

    private static final String VALID_EXAMPLE = "{\"formatVersion\":\"1.0\",\"valid\":true,\"violations\":[]}";

    private static final String INVALID_EXAMPLE = "{\"formatVersion\":\"1.0\",\"valid\":false,\"violations\":[{"
            + "\"code\":\"municipality.unknown-code\",\"severity\":\"error\",\"pointer\":\"/municipality/code\","
            + "\"path\":\"municipality.code\",\"line\":6,\"column\":13,"
            + "\"message\":\"«9999» er ikke et kommunenummer i Norge.\","
            + "\"arguments\":{\"value\":\"9999\",\"country\":\"NO\"},\"offendingValue\":\"9999\"}]}";

    private static final String NOT_JSON_EXAMPLE = "{\"type\":\"https://frivillig.github.io/problems/not-json\","
            + "\"title\":\"Ikke JSON\",\"status\":400,"
            + "\"detail\":\"Innholdet er ikke velformet JSON (linje 1, kolonne 2).\",\"line\":1,\"column\":2}";

    private static final String TOO_LARGE_EXAMPLE = "{\"type\":\"https://frivillig.github.io/problems/too-large\","
            + "\"title\":\"Request too large\",\"status\":413,"
            + "\"detail\":\"The request is larger than the limit of 20971520 bytes.\",\"limit\":20971520}";

    private static final String DOCUMENT_EXAMPLE = "{\"formatVersion\":\"1.1\",\"id\":\"no-4001-frivillighetsstrategi\","
            + "\"municipality\":{\"country\":\"NO\",\"code\":\"4001\",\"name\":\"Porsgrunn\"}, \"…\": \"…\"}";

    private static final String COMPARISON_EXAMPLE = "[{\"policyId\":\"no-4001-frivillighetsstrategi\","
            + "\"municipality\":{\"country\":\"NO\",\"code\":\"4001\",\"name\":\"Porsgrunn\"},"
            + "\"themes\":{\"principles\":[\"culture\"],\"measures\":[\"culture\"],\"events\":[],\"inputs\":[]},"
            + "\"counts\":{\"principles\":6,\"measures\":12,\"…\":0}, \"…\": {}}]";

    private final Reviewer reviewer;
    private final Problems problems;
    private final PolicyJson json = PolicyJson.standard();

    /**
     * Creates the controller.
     *
     * @param reviewer  validates and reads
     * @param problems  writes the errors
     */
    public ApiController(Reviewer reviewer, Problems problems) {
        this.reviewer = reviewer;
        this.problems = problems;
    }

    /**
     * Validates a policy document, or every record of a dataset sent as JSON Lines.
     *
     * @param request  the request, whose body is the document
     * @param response  where the report is written
     * @param locale  the request's language
     * @throws IOException if the response cannot be written
     */
    @PostMapping(path = "/validate", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Validate a policy document or a dataset",
            description = "Send a policy document as application/json, or a dataset, one policy a line, as "
                    + "application/x-ndjson. The answer is the validation report: 200 when there is no error, 422 "
                    + "when there is, each problem with its code, severity, JSON Pointer, line, column and message.",
            parameters = @Parameter(name = "lang", in = ParameterIn.QUERY, description = LANG_DESCRIPTION,
                    example = "nb"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/json", examples = @ExampleObject(name = "policy",
                            value = DOCUMENT_EXAMPLE)),
                    @Content(mediaType = "application/x-ndjson")}))
    @ApiResponse(responseCode = "200", description = "The document is valid (warnings may remain)",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = VALID_EXAMPLE)))
    @ApiResponse(responseCode = "422", description = "The document has errors",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = INVALID_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "The body is not JSON at all",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(value = NOT_JSON_EXAMPLE)))
    @ApiResponse(responseCode = "413", description = "The body is larger than the limit (20 MB unless configured)",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(value = TOO_LARGE_EXAMPLE)))
    @ApiResponse(responseCode = "503", description = "Too many validations at once; try again after Retry-After",
            content = @Content(mediaType = "application/problem+json"))
    public void validate(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        requireWithinLimit(request);
        boolean dataset = isJsonLines(request);
        long length = request.getContentLengthLong();
        ValidationReport report;
        if (dataset) {
            report = reviewer.validateDataset(request.getInputStream(), "request", locale);
        } else if (length >= 0) {
            // A body of known length, within the limit, is read once into an array of that length and parsed from
            // there: the stream reader would keep its own copy to locate the problems, a second buffer.
            report = reviewer.validate(request.getInputStream().readNBytes((int) length), locale);
        } else {
            report = reviewer.validate(request.getInputStream(), locale);
        }
        if (!dataset) {
            Violation notJson = notJson(report);
            if (notJson != null) {
                Map<String, Object> where = new LinkedHashMap<>();
                notJson.location().ifPresent(location -> {
                    where.put("line", location.line());
                    where.put("column", location.column());
                });
                String name = notJson.code().equals("format.empty") ? "empty" : "not-json";
                Object[] arguments = notJson.location().map(l -> new Object[] {l.line(), l.column()})
                        .orElse(new Object[] {"?", "?"});
                problems.write(response, HttpServletResponse.SC_BAD_REQUEST, name, locale, arguments, where);
                return;
            }
        }
        response.setStatus(report.isValid() ? HttpServletResponse.SC_OK : 422);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        // The writer flushes when it is done; held back, a report that fits the response buffer goes out with its
        // length in one piece rather than in chunks. The container sends what remains when the request ends.
        json.writeReport(report, new FilterOutputStream(response.getOutputStream()) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void flush() {
                // Held back: see above.
            }
        });
    }

    /**
     * Compares the valid policies of a dataset.
     *
     * @param request  the request, whose body is the dataset
     * @param response  where the comparison is written
     * @param locale  the request's language
     * @throws IOException if the response cannot be written
     */
    @PostMapping(path = "/compare", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compare the policies of a dataset",
            description = "Send a dataset: a JSON array of policies, JSON Lines, or a single policy. The answer is "
                    + "the comparison that 'frivillig compare --format json' writes, of the policies without errors; "
                    + "the header Frivillig-Skipped-Records counts the records left out. When no record is valid, "
                    + "the answer is 422 with the validation report of every record.",
            parameters = @Parameter(name = "lang", in = ParameterIn.QUERY, description = LANG_DESCRIPTION,
                    example = "da"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/json"), @Content(mediaType = "application/x-ndjson")}))
    @ApiResponse(responseCode = "200", description = "The comparison, one object per valid policy",
            content = @Content(mediaType = "application/json",
                    examples = @ExampleObject(value = COMPARISON_EXAMPLE)))
    @ApiResponse(responseCode = "422", description = "No record of the dataset is valid",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = INVALID_EXAMPLE)))
    @ApiResponse(responseCode = "413", description = "The body is larger than the limit",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(value = TOO_LARGE_EXAMPLE)))
    public void compare(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        requireWithinLimit(request);
        Reviewer.Dataset dataset = reviewer.readDataset(
                List.of(new Reviewer.Upload("request", request.getInputStream())), locale);
        List<Policy> policies = dataset.validPolicies();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.setHeader("Frivillig-Skipped-Records", Integer.toString(dataset.skipped().size()));
        OutputStream out = response.getOutputStream();
        if (policies.isEmpty()) {
            response.setStatus(422);
            json.writeReport(ValidationReport.of(dataset.records().stream()
                    .flatMap(record -> record.report().violations().stream()).toList()), out);
        } else {
            ComparisonWriter writer = ComparisonWriter.start(out, locale);
            policies.forEach(policy -> writer.add(PolicySummary.of(policy)));
            writer.end();
        }
        out.flush();
    }

    /**
     * Returns the JSON Schema of the policy format.
     *
     * @return the schema
     */
    @GetMapping(path = "/schema", produces = "application/schema+json")
    @Operation(summary = "The JSON Schema of the policy format")
    @ApiResponse(responseCode = "200", description = "The schema (JSON Schema 2020-12)")
    public byte[] schema() {
        return PolicyJson.schema().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Returns the JSON Schema of the validation report.
     *
     * @return the schema
     */
    @GetMapping(path = "/schema/report", produces = "application/schema+json")
    @Operation(summary = "The JSON Schema of the validation report that /validate returns")
    @ApiResponse(responseCode = "200", description = "The schema (JSON Schema 2020-12)")
    public byte[] reportSchema() {
        return PolicyJson.reportSchema().getBytes(StandardCharsets.UTF_8);
    }

    @ExceptionHandler(RequestTooLargeException.class)
    void tooLarge(HttpServletResponse response, Locale locale) throws IOException {
        long limit = reviewer.maxRequestBytes();
        // The rest of the body is read and dropped by the server (server.tomcat.max-swallow-size), so that a client
        // still sending it gets this answer rather than a reset connection.
        problems.write(response, 413, "too-large", locale, new Object[] {limit}, Map.of("limit", limit));
    }

    @ExceptionHandler(BusyException.class)
    void busy(HttpServletResponse response, Locale locale) throws IOException {
        response.setHeader("Retry-After", "1");
        problems.write(response, 503, "busy", locale, new Object[0], Map.of());
    }

    private void requireWithinLimit(HttpServletRequest request) {
        if (request.getContentLengthLong() > reviewer.maxRequestBytes()) {
            throw new RequestTooLargeException(reviewer.maxRequestBytes());
        }
    }

    private static boolean isJsonLines(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        int parameters = type.indexOf(';');
        return JSON_LINES.contains((parameters < 0 ? type : type.substring(0, parameters)).strip()
                .toLowerCase(Locale.ROOT));
    }

    private static Violation notJson(ValidationReport report) {
        for (Violation violation : report.violations()) {
            if (Reviewer.NOT_JSON.contains(violation.code())) {
                return violation;
            }
        }
        return null;
    }
}
