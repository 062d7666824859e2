package io.github.frivillig.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The POMs are ready for Maven Central: the BOM pins every module that is published and has the project's metadata,
 * and every module that is not published says so to each plugin that would publish it.
 */
class ReleaseReadinessTest {

    private static final List<String> SKIPS = List.of("skipPublishing", "maven.deploy.skip", "maven.source.skip",
            "maven.javadoc.skip", "gpg.skip");

    @Test
    void theBomPinsEveryPublishedModuleAndNoOther() throws Exception {
        Element root = pom(Readme.ROOT.resolve("pom.xml"));
        Element bom = pom(Readme.ROOT.resolve("bom/pom.xml"));
        List<String> pinned = new ArrayList<>();
        for (Element dependency : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
            assertThat(text(dependency, "groupId")).isEqualTo("io.github.frivillig");
            assertThat(text(dependency, "version")).isEqualTo("${project.version}");
            pinned.add(text(dependency, "artifactId"));
        }
        List<String> published = new ArrayList<>();
        for (Element module : children(child(root, "modules"), "module")) {
            Element pom = pom(Readme.ROOT.resolve(module.getTextContent()).resolve("pom.xml"));
            String artifactId = text(pom, "artifactId");
            Element properties = child(pom, "properties");
            boolean skipped = properties != null && "true".equals(text(properties, "skipPublishing"));
            if (skipped) {
                for (String skip : SKIPS) {
                    assertThat(text(properties, skip)).as(artifactId + " " + skip).isEqualTo("true");
                }
                assertThat(pinned).as("the BOM").doesNotContain(artifactId);
            } else if (!artifactId.equals("frivillig-bom")) {
                published.add(artifactId);
            }
        }
        assertThat(published).contains("frivillig-core", "frivillig-json", "frivillig-test");
        assertThat(pinned).as("the BOM").containsAll(published).contains("frivillig-csv");
        assertThat(text(bom, "version")).isEqualTo(text(root, "version"));
    }

    @Test
    void theBomHasTheProjectsMetadataAndTheModulesInheritItUnchanged() throws Exception {
        Element root = pom(Readme.ROOT.resolve("pom.xml"));
        Element bom = pom(Readme.ROOT.resolve("bom/pom.xml"));
        for (String element : List.of("url", "licenses", "developers", "scm", "issueManagement")) {
            assertThat(child(bom, element).getTextContent().strip()).as(element)
                    .isEqualTo(child(root, element).getTextContent().strip());
        }
        assertThat(root.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
        Element scm = child(root, "scm");
        for (String part : List.of("connection", "developerConnection", "url")) {
            assertThat(scm.getAttribute("child.scm." + part + ".inherit.append.path")).as(part).isEqualTo("false");
        }
        for (Element module : children(child(root, "modules"), "module")) {
            if (module.getTextContent().equals("bom")) {
                continue; // no parent: it has its own, checked above
            }
            Element pom = pom(Readme.ROOT.resolve(module.getTextContent()).resolve("pom.xml"));
            assertThat(child(pom, "url")).as(module.getTextContent() + " url").isNull();
            assertThat(child(pom, "scm")).as(module.getTextContent() + " scm").isNull();
        }
    }

    private static Element pom(Path file) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        return document.getDocumentElement();
    }

    /** The first child element with a name, null if none. */
    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().strip();
    }
}
