package io.github.frivillig.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every endpoint of the API and every status it answers, through MockMvc. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void answers200WithValidReportForTheSeed() throws Exception {
        mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON)
                        .content(Documents.seed(Documents.SEED)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.formatVersion").value("1.0"))
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void answers422WithLocatedViolationsInTheLanguageAsked() throws Exception {
        mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en;q=0.5, nn;q=0.9").content(Documents.broken()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Language", "nn"))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.violations[?(@.code == 'municipality.unknown-code')].pointer")
                        .value("/municipality/code"))
                .andExpect(jsonPath("$.violations[?(@.code == 'municipality.unknown-code')].line")
                        .value((int) Documents.brokenLine()))
                .andExpect(jsonPath("$.violations[?(@.code == 'municipality.unknown-code')].message")
                        .value(Matchers.hasItem(Matchers.containsString("kommunenummer"))));
    }

    @Test
    void theLangParameterOutranksAcceptLanguage() throws Exception {
        mvc.perform(post("/api/v1/validate").queryParam("lang", "sv").header("Accept-Language", "nb")
                        .contentType(MediaType.APPLICATION_JSON).content(Documents.broken()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Language", "sv"));
    }

    @Test
    void answers400WithAProblemWhollyInTheRequestsLanguageForInputThatIsNotJson() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "da").content("{\"formatVersion\": oops"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://frivillig.github.io/problems/not-json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Ikke JSON"))
                .andExpect(jsonPath("$.line").value(1))
                .andExpect(jsonPath("$.column").isNumber())
                .andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        // The parser's English text stays out of the answer.
        assertThat(body).contains("Forespørgslens indhold er ikke velformet JSON")
                .doesNotContain("Unrecognized", "token", "expected", "character");
    }

    @Test
    void answers400ForAnEmptyBody() throws Exception {
        mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://frivillig.github.io/problems/empty"));
    }

    @Test
    void answers413ForABodyOverTheDefaultLimitOf20Megabytes() throws Exception {
        byte[] body = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');
        mvc.perform(post("/api/v1/validate").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("https://frivillig.github.io/problems/too-large"))
                .andExpect(jsonPath("$.limit").value(20 * 1024 * 1024));
    }

    @Test
    void validatesADatasetSentAsJsonLines() throws Exception {
        String lines = Documents.seed(Documents.SEED).replace("\n", "") + "\n"
                + Documents.broken().replace("\n", "") + "\n";
        mvc.perform(post("/api/v1/validate").contentType("application/x-ndjson").content(lines))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[?(@.code == 'municipality.unknown-code')].source")
                        .value(Matchers.hasItem(Matchers.startsWith("request"))));
    }

    @Test
    void comparesADatasetAsTheCompareCommandDoes() throws Exception {
        String array = "[" + Documents.seed(Documents.SEED) + "," + Documents.broken() + "]";
        mvc.perform(post("/api/v1/compare").contentType(MediaType.APPLICATION_JSON).content(array))
                .andExpect(status().isOk())
                .andExpect(header().string("Frivillig-Skipped-Records", "1"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].policyId").value("no-4001-frivillighetsstrategi"))
                .andExpect(jsonPath("$[0].municipality.code").value("4001"))
                .andExpect(jsonPath("$[0].completeness.developed-in-dialogue.outcome").isString());
    }

    @Test
    void answers422ToACompareWithNoValidRecord() throws Exception {
        mvc.perform(post("/api/v1/compare").contentType(MediaType.APPLICATION_JSON).content(Documents.broken()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.valid").value(false));
    }

    @Test
    void servesThePolicyAndReportSchemas() throws Exception {
        mvc.perform(get("/api/v1/schema"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.$schema").value(Matchers.containsString("2020-12")))
                .andExpect(jsonPath("$.$defs.policy.properties.municipality").exists());
        mvc.perform(get("/api/v1/schema/report"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.$defs.report.properties.violations").exists());
    }

    @Test
    void describesTheApiInOpenApi31WithExamples() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(Matchers.startsWith("3.1")))
                .andExpect(jsonPath("$.paths['/api/v1/validate'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/compare'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/schema'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/validate'].post.responses['422'].content['application/json']"
                        + ".example.valid").value(false))
                .andExpect(jsonPath("$.paths['/error']").doesNotExist());
    }

    @Test
    void answersUnknownApiPathsWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/nothing").header("Accept-Language", "sv"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Hittades inte"));
    }

    @Test
    void answersAWrongMethodWith405() throws Exception {
        mvc.perform(get("/api/v1/validate"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", Matchers.containsString("POST")))
                .andExpect(jsonPath("$.status").value(405));
    }

    @Test
    void exposesNoActuatorAndNoErrorPage() throws Exception {
        mvc.perform(get("/actuator")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/health")).andExpect(status().isNotFound());
        mvc.perform(get("/error")).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Whitelabel"))));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isNotFound());
    }

    @Test
    void setsAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/api/v1/schema"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
