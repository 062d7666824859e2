package io.github.frivillig.review;

import java.util.Optional;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

/**
 * The service's web setup: how a request's language is chosen, and the security headers on every response.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    /**
     * Chooses each request's language; the bean name is the one Spring MVC looks for.
     *
     * @return the resolver
     */
    @Bean
    public LocaleResolver localeResolver() {
        return new Languages();
    }

    /**
     * Describes the API in its OpenAPI document.
     *
     * @return the description's title, version and licence
     */
    @Bean
    public OpenAPI openApi() {
        return new OpenAPI().info(new Info().title("Frivillig data review API")
                .version(Optional.ofNullable(ReviewApplication.class.getPackage().getImplementationVersion())
                        .orElse("development"))
                .description("Validate policy documents and datasets in the Frivillig JSON format and compare "
                        + "datasets. Messages in English, Norwegian (nb, nn), Danish and Swedish.")
                .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
    }

    /**
     * Adds the Content Security Policy and its companions to every response, errors included.
     *
     * @return the filter's registration
     */
    @Bean
    public FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        return registration;
    }
}
