package io.github.frivillig.review;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The data review service: validates policy documents and compares datasets, in a browser and over HTTP.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReviewApplication {

    /**
     * Starts the service; {@code --server.port} and {@code --server.address} choose where it listens.
     *
     * @param args  Spring Boot's command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(ReviewApplication.class, args);
    }
}
