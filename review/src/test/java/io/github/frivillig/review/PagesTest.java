package io.github.frivillig.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import io.github.frivillig.examples.SeedDataset;

/** The pages, rendered on the server without JavaScript, through MockMvc. */
@SpringBootTest
@AutoConfigureMockMvc
class PagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheStartPageInTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "nb-NO,nb;q=0.9,en;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html lang=\"nb\">")))
                .andExpect(content().string(Matchers.containsString("Valider en politikk")))
                .andExpect(content().string(Matchers.containsString("<label for=\"file\">")));
    }

    @Test
    void reportsABrokenSeedWithItsLineHighlighted() throws Exception {
        String html = mvc.perform(multipart("/review").file(new MockMultipartFile("file", "broken.json",
                        "application/json", Documents.broken().getBytes(StandardCharsets.UTF_8)))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("The policy has errors.", "municipality.unknown-code", "/municipality/code",
                Documents.brokenLine() + ":");
        assertThat(html).containsPattern("class=\"line highlighted\"><span class=\"number\">"
                + Documents.brokenLine() + "</span><span>\\s*&quot;code&quot;: &quot;9999&quot;");
    }

    @Test
    void reportsAPastedValidSeedWithItsCriteria() throws Exception {
        mvc.perform(multipart("/review").param("json", Documents.seed(Documents.SEED)).queryParam("lang", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Politikken er gyldig: ingen fejl.")))
                .andExpect(content().string(Matchers.containsString("Frivillighet Norges kriterier")));
    }

    @Test
    void escapesTextFromTheDocument() throws Exception {
        mvc.perform(multipart("/review").param("json", Documents.scriptTitle()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(1)"))));
    }

    @Test
    void asksForAFileWhenTheFormIsEmpty() throws Exception {
        mvc.perform(multipart("/review").header("Accept-Language", "sv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Välj en fil eller klistra in ett dokument")));
    }

    @Test
    void comparesTheDemoWithAHeatMapWhoseLabelsNameMunicipalityCodeAndPolicy() throws Exception {
        String html = mvc.perform(get("/compare/demo").queryParam("lang", "nb"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"heatmap\"", "Temaer per politikk", "Tidslinjer",
                "Porsgrunn (4001) · no-4001-frivillighetsstrategi");
        // Two policies of one municipality are two rows that differ in their ids.
        assertThat(html).contains("Ballerup (151) · dk-151-ballerup-frivillighedspolitik-2006",
                "Ballerup (151) · dk-151-ballerup-frivillighedspolitik<");
        assertThat(html).contains("class=\"part principles\"", "class=\"mark adoption\"");
    }

    @Test
    void comparesUploadedFilesAndListsTheSkipped() throws Exception {
        mvc.perform(multipart("/compare")
                        .file(new MockMultipartFile("files", "a.json", "application/json",
                                Documents.seed(Documents.SEED).getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("files", "b.json", "application/json",
                                Documents.broken().getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<strong id=\"count\">1</strong>")))
                .andExpect(content().string(Matchers.containsString("<td>b.json</td>")));
    }

    @Test
    void downloadsTheDemosTidyTablesAsOneZip() throws Exception {
        byte[] zip = mvc.perform(get("/compare/demo/tables.zip"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        long policyRows = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("policies.csv")) {
                    policyRows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count() - 1;
                }
            }
        }
        assertThat(names).contains("policies.csv", "measures.csv", "events.csv", "inputs.csv", "datapackage.json",
                "labels/theme.csv");
        assertThat(policyRows).isEqualTo(SeedDataset.FILES.size());
    }

    @Test
    void downloadsTheComparisonOfUploadedFilesAsJson() throws Exception {
        mvc.perform(multipart("/compare/comparison.json").file(new MockMultipartFile("files", "a.json",
                        "application/json", Documents.seed(Documents.SEED).getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].policyId").value("no-4001-frivillighetsstrategi"));
    }

    @Test
    void answersUnknownPagesWithASmallLocalizedPage() throws Exception {
        mvc.perform(get("/no-such-page").header("Accept-Language", "nn"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(Matchers.containsString("Ikkje funne")));
    }

    @Test
    void servesTheStylesheetFromTheServiceItself() throws Exception {
        mvc.perform(get("/css/review.css")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("system-ui")));
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("http://", "https://", "<script", "style=\"");
    }
}
