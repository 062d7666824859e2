package io.github.frivillig.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A short run of the review service's load test, when the service's jar has been built (the whole reactor builds it
 * before this module): every request answered as expected, both throughputs measured. The ratio is not checked here;
 * a few requests on a busy machine say nothing about it.
 */
class ReviewLoadSmokeTest {

    private static final Path JAR = Path.of("..", "review", "target", "frivillig-review.jar");

    @Test
    void validatesOverHttpWithoutAFailedRequest() throws Exception {
        if (!Files.isRegularFile(JAR)) {
            System.err.println("ReviewLoadSmokeTest: " + JAR + " is not built; the load test's smoke run is skipped");
        }
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "the review service's jar is not built");
        ReviewLoadTest.Outcome outcome = ReviewLoadTest.run(JAR, 2, 30, List.of());
        assertThat(outcome.failures()).isZero();
        assertThat(outcome.requests()).isEqualTo(60);
        assertThat(outcome.ratio()).isPositive();
        assertThat(outcome.json()).contains("\"failedRequests\": 0", "\"httpLatencyMillis\"");
    }
}
