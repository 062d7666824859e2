package io.github.frivillig.review;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the API's errors as RFC 9457 problem details, their title and detail in the request's language: {@code
 * type} names the problem ({@code https://frivillig.github.io/problems/<name>}), {@code status} repeats the HTTP
 * status, and extension members add what a program needs, such as the line and column of a syntax error.
 */
@Component
public class Problems {

    /** The base of the problems' type URIs. */
    static final String TYPE_BASE = "https://frivillig.github.io/problems/";

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final MessageSource messages;

    /**
     * Creates the writer.
     *
     * @param messages  the pages' messages, which hold the problems' titles and details
     */
    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Writes a problem as the response.
     *
     * @param response  the response, not yet committed
     * @param status  the HTTP status
     * @param name  the problem's name: its type's last segment and the key of its messages, {@code
     *              problem.<name>.title} and {@code problem.<name>.detail}
     * @param locale  the language of title and detail
     * @param arguments  the detail's arguments, {0}, {1}…
     * @param extensions  extension members, numbers or strings
     * @throws IOException if the response cannot be written
     */
    public void write(HttpServletResponse response, int status, String name, Locale locale, Object[] arguments,
            Map<String, ?> extensions) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        OutputStream out = response.getOutputStream();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeStringProperty("type", URI.create(TYPE_BASE + name).toString());
            g.writeStringProperty("title", messages.getMessage("problem." + name + ".title", null, locale));
            g.writeNumberProperty("status", status);
            g.writeStringProperty("detail", messages.getMessage("problem." + name + ".detail", arguments, locale));
            for (Map.Entry<String, ?> member : extensions.entrySet()) {
                if (member.getValue() instanceof Number number) {
                    g.writeNumberProperty(member.getKey(), number.longValue());
                } else {
                    g.writeStringProperty(member.getKey(), String.valueOf(member.getValue()));
                }
            }
            g.writeEndObject();
        }
        out.flush();
    }
}
