package io.github.frivillig.review;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's limits, set as {@code frivillig.review.*} properties, on the command line for example:
 * {@code --frivillig.review.max-request-size=5MB}.
 *
 * @param maxRequestSize  the largest request body accepted, an upload or a posted document; larger ones get 413
 * @param maxConcurrentValidations  how many validations and comparisons run at once; 0 for twice the processors
 * @param queueTimeout  how long a request waits for its turn before it gets 503
 */
@ConfigurationProperties("frivillig.review")
public record ReviewProperties(@DefaultValue("20MB") DataSize maxRequestSize,
        @DefaultValue("0") int maxConcurrentValidations, @DefaultValue("10s") Duration queueTimeout) {

    /**
     * Returns how many validations run at once.
     *
     * @return the configured number, or twice the available processors when it is 0
     */
    public int permits() {
        return maxConcurrentValidations > 0 ? maxConcurrentValidations
                : 2 * Runtime.getRuntime().availableProcessors();
    }
}
