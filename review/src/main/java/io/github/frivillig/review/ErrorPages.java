package io.github.frivillig.review;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error the pages and the API can meet, answered in the request's language: a small page for the pages, a
 * problem detail for {@code /api}. Spring Boot's own error page is replaced; {@code /error} asked for directly is not
 * found.
 */
@Controller
@ControllerAdvice
public class ErrorPages implements ErrorController {

    private final Problems problems;
    private final MessageSource messages;
    private final Reviewer reviewer;

    /**
     * Creates the handler.
     *
     * @param problems  writes the API's errors
     * @param messages  the pages' texts
     * @param reviewer  knows the size limit
     */
    public ErrorPages(Problems problems, MessageSource messages, Reviewer reviewer) {
        this.problems = problems;
        this.messages = messages;
        this.reviewer = reviewer;
    }

    /**
     * Answers the errors the servlet container forwards, and {@code /error} asked for directly, which is not found.
     *
     * @param request  the request
     * @param response  the response
     * @param locale  the request's language
     * @return the error page, or null when a problem detail was written
     * @throws IOException if the response cannot be written
     */
    @RequestMapping("/error")
    public ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int code = status instanceof Integer number ? number : HttpStatus.NOT_FOUND.value();
        String path = uri == null ? request.getRequestURI() : uri.toString();
        return answer(code, path, request, response, locale);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        return answer(HttpStatus.NOT_FOUND.value(), request.getRequestURI(), request, response, locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
            HttpServletResponse response, Locale locale) throws IOException {
        if (e.getSupportedMethods() != null) {
            response.setHeader("Allow", String.join(", ", e.getSupportedMethods()));
        }
        return answer(HttpStatus.METHOD_NOT_ALLOWED.value(), request.getRequestURI(), request, response, locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView unsupportedType(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(), request.getRequestURI(), request, response, locale);
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, RequestTooLargeException.class})
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        return answer(HttpStatus.CONTENT_TOO_LARGE.value(), request.getRequestURI(), request, response, locale);
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView badUpload(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        return answer(HttpStatus.BAD_REQUEST.value(), request.getRequestURI(), request, response, locale);
    }

    @ExceptionHandler(BusyException.class)
    ModelAndView busy(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        response.setHeader("Retry-After", "1");
        return answer(HttpStatus.SERVICE_UNAVAILABLE.value(), request.getRequestURI(), request, response, locale);
    }

    private ModelAndView answer(int code, String path, HttpServletRequest request, HttpServletResponse response,
            Locale locale) throws IOException {
        String name = switch (code) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 415 -> "unsupported-type";
            case 503 -> "busy";
            case 400 -> "bad-request";
            default -> "server-error";
        };
        long limit = reviewer.maxRequestBytes();
        if (path.startsWith("/api/")) {
            if (!response.isCommitted()) {
                response.resetBuffer();
                problems.write(response, code, name, locale, new Object[] {limit},
                        code == 413 ? Map.of("limit", limit) : Map.of());
            }
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.valueOf(code));
        page.addObject("lang", locale.getLanguage());
        page.addObject("languages", Languages.SUPPORTED.stream().map(Locale::getLanguage).toList());
        page.addObject("path", "/");
        page.addObject("code", code);
        page.addObject("errorTitle", messages.getMessage("problem." + name + ".title", null, locale));
        page.addObject("errorDetail", messages.getMessage("problem." + name + ".detail", new Object[] {limit},
                locale));
        return page;
    }
}
