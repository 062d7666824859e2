package io.github.frivillig.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.json.PolicyJson;

/**
 * A bounded load test of the review service: the same clients validate the 50 KB benchmark document over HTTP on
 * 127.0.0.1, each request a POST to {@code /api/v1/validate}, and in process through {@link PolicyJson#validate(byte[],
 * Locale)} with the same number of threads, in one run on one machine; it reports both throughputs and their ratio
 * (the target is at least 0.6), the HTTP latency's 50th and 99th percentiles, the server's heap in use, and the failed
 * requests, which must be none. Run it after {@code ./mvnw -pl review,benchmarks -am package -DskipTests} as
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.frivillig.benchmarks.ReviewLoadTest \
 *     review/target/frivillig-review.jar 8 2000 benchmarks/results/review-load.json
 * </pre>
 * The arguments, all optional: the service's jar, the clients, the validations per client and per round, where to
 * write the results, and any further arguments for the service. The service is started with {@code -Xmx256m} on a free port, and stopped at the end. Each
 * side runs a warm-up round of a tenth of the validations, then the measured round; the in-process and the HTTP
 * rounds alternate twice, and the better round of each is kept, so that a passing load from another process harms
 * neither side alone.
 * <p>
 * Run the load test itself with {@code -Xmx256m} too, so that both sides validate in the same heap. The HTTP requests
 * come from a minimal client on kept-alive connections ({@code RawClient}), since client and service share the cores.
 * <p>
 * Exits with status 0 when no request failed, 1 otherwise.
 */
public final class ReviewLoadTest {

    /** The heap line of {@code jcmd GC.heap_info}: "total 262144K, used …" before Java 25, "committed …K, used …" since. */
    private static final Pattern HEAP_USED = Pattern.compile("(?:total|committed) (\\d+)K, used (\\d+)K");

    private ReviewLoadTest() {
    }

    /**
     * Runs the load test.
     *
     * @param args  the jar, the clients, the validations per client, the results file
     * @throws Exception if the service cannot be started or the results written
     */
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "review/target/frivillig-review.jar");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int perClient = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        Path results = args.length > 3 ? Path.of(args[3]) : null;
        List<String> serviceArguments = args.length > 4 ? List.of(args).subList(4, args.length) : List.of();
        Outcome outcome = run(jar, clients, perClient, serviceArguments);
        System.out.print(outcome.json());
        if (results != null) {
            Files.writeString(results, outcome.json());
        }
        System.exit(outcome.failures() == 0 ? 0 : 1);
    }

    /**
     * The outcome of a run.
     *
     * @param json  the results, as the results file holds them
     * @param ratio  HTTP throughput over in-process throughput
     * @param failures  the failed requests and validations
     * @param requests  the measured HTTP requests
     */
    record Outcome(String json, double ratio, long failures, long requests) {
    }

    /**
     * Starts the service, runs both sides and stops the service.
     *
     * @param jar  the service's jar
     * @param clients  the clients, and the in-process threads
     * @param perClient  the validations per client and round
     * @param serviceArguments  more arguments for the service, such as {@code
     *                          --frivillig.review.max-concurrent-validations=8}
     * @return the outcome
     * @throws Exception if the service cannot be started
     */
    static Outcome run(Path jar, int clients, int perClient, List<String> serviceArguments) throws Exception {
        byte[] document = document();
        // The answer the service must give for every request: the in-process report's validity.
        ValidationReport expected = PolicyJson.standard().validate(document, Locale.ENGLISH);
        int expectedStatus = expected.isValid() ? 200 : 422;

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-jar", jar.toString(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--logging.level.root=WARN"));
        command.addAll(serviceArguments);
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            awaitStart(client, port, server);

            HeapSampler heap = new HeapSampler(server.pid());
            Round inProcess = null;
            Round http = null;
            for (int pass = 0; pass < 2; pass++) {
                Round local = run(clients, perClient, () -> {
                    PolicyJson json = PolicyJson.standard();
                    return () -> json.validate(document, Locale.ENGLISH).isValid() == expected.isValid()
                            ? 0 : -1;
                });
                inProcess = inProcess == null || local.perSecond() > inProcess.perSecond() ? local : inProcess;
                heap.start();
                Round remote = run(clients, perClient, () -> {
                    RawClient raw = new RawClient(port, document);
                    return () -> raw.post() == expectedStatus ? 0 : -1;
                });
                heap.stop();
                http = http == null || remote.perSecond() > http.perSecond() ? remote : http;
            }

            double ratio = http.perSecond() / inProcess.perSecond();
            String json = String.format(Locale.ROOT, """
                    {
                      "document": "policy-50kb.json",
                      "documentBytes": %d,
                      "clients": %d,
                      "validationsPerClient": %d,
                      "java": "%s",
                      "processors": %d,
                      "serverHeapLimit": "-Xmx256m",
                      "serviceArguments": [%s],
                      "inProcessPerSecond": %.1f,
                      "httpPerSecond": %.1f,
                      "ratio": %.3f,
                      "target": 0.6,
                      "inProcessLatencyMillis": {"p50": %.2f, "p99": %.2f},
                      "httpLatencyMillis": {"p50": %.2f, "p99": %.2f, "max": %.2f},
                      "serverHeapUsedMegabytes": {"peak": %.1f, "committedPeak": %.1f},
                      "failedRequests": %d
                    }
                    """, document.length, clients, perClient, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(),
                    String.join(", ", serviceArguments.stream().map(argument -> '"' + argument + '"').toList()),
                    inProcess.perSecond(), http.perSecond(), ratio,
                    inProcess.percentile(50), inProcess.percentile(99), http.percentile(50), http.percentile(99),
                    http.percentile(100), heap.peakUsed / 1024.0,
                    heap.peakTotal / 1024.0, http.failures() + inProcess.failures());
            return new Outcome(json, ratio, http.failures() + inProcess.failures(), http.latencies().length);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** A task that gives the latency in nanoseconds of one validation, or -1 if it failed. */
    private interface Task {
        long call() throws Exception;
    }

    /** One measured round: the wall time, every latency, the failures. */
    private record Round(long nanos, long[] latencies, long failures) {
        double perSecond() {
            return latencies.length * 1e9 / nanos;
        }

        double percentile(int p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    /** Runs a warm-up of a tenth, then the measured round, each client running its own task. */
    private static Round run(int clients, int perClient, Callable<Task> tasks) throws Exception {
        measure(clients, Math.max(1, perClient / 10), tasks);
        return measure(clients, perClient, tasks);
    }

    private static Round measure(int clients, int perClient, Callable<Task> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicLong failures = new AtomicLong();
            List<Callable<long[]>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Task task = tasks.call();
                work.add(() -> {
                    long[] latencies = new long[perClient];
                    for (int i = 0; i < perClient; i++) {
                        long start = System.nanoTime();
                        long outcome;
                        try {
                            outcome = task.call();
                        } catch (Exception e) {
                            outcome = -1;
                        }
                        latencies[i] = System.nanoTime() - start;
                        if (outcome < 0) {
                            failures.incrementAndGet();
                        }
                    }
                    return latencies;
                });
            }
            long start = System.nanoTime();
            List<Future<long[]>> done = pool.invokeAll(work);
            long nanos = System.nanoTime() - start;
            long[] all = new long[clients * perClient];
            for (int c = 0; c < clients; c++) {
                System.arraycopy(done.get(c).get(), 0, all, c * perClient, perClient);
            }
            return new Round(nanos, all, failures.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A minimal HTTP/1.1 client on one kept-alive connection, sending the same request every time: the load generator
     * shares the machine's cores with the service, so its own cost is kept as small as can be. The JDK's HttpClient
     * spends several times more processor time per request, which the service would then lack.
     */
    private static final class RawClient {
        private final int port;
        private final byte[] request;
        private final byte[] buffer = new byte[1 << 16];
        private java.net.Socket socket;
        private InputStream in;

        RawClient(int port, byte[] document) {
            this.port = port;
            byte[] head = ("POST /api/v1/validate?lang=en HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + document.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            this.request = Arrays.copyOf(head, head.length + document.length);
            System.arraycopy(document, 0, request, head.length, document.length);
        }

        /** Sends the request and reads the whole answer; returns its status, or -1 if the answer is broken. */
        int post() throws IOException {
            if (socket == null || socket.isClosed()) {
                socket = new java.net.Socket("127.0.0.1", port);
                socket.setTcpNoDelay(true);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
            }
            socket.getOutputStream().write(request);
            String status = line();
            if (status == null || !status.startsWith("HTTP/1.1 ")) {
                socket.close();
                return -1;
            }
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().strip(), 16); size > 0;
                        size = Long.parseLong(line().strip(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            if (close) {
                socket.close();
            }
            return Integer.parseInt(status.substring(9, 12));
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, n));
                if (read < 0) {
                    throw new IOException("The answer ended early");
                }
                n -= read;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (c == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) c);
            }
            return line.length() == 0 ? null : line.toString();
        }
    }

    private static void awaitStart(HttpClient client, int port, Process server) throws InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/schema"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The service stopped while starting: exit " + server.exitValue());
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The service did not start within two minutes");
    }

    private static byte[] document() {
        try (InputStream in = ReviewLoadTest.class.getResourceAsStream(ColdStartBenchmark.DOCUMENT)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Samples the service's heap with the JDK's jcmd while a round runs, keeping the peak. */
    private static final class HeapSampler {
        private final long pid;
        private final AtomicBoolean running = new AtomicBoolean();
        private Thread thread;
        private volatile long peakUsed;
        private volatile long peakTotal;

        HeapSampler(long pid) {
            this.pid = pid;
        }

        void start() {
            running.set(true);
            thread = new Thread(() -> {
                while (running.get()) {
                    sample();
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        private void sample() {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            try {
                Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info")
                        .redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor();
                Matcher matcher = HEAP_USED.matcher(out);
                if (matcher.find()) {
                    peakTotal = Math.max(peakTotal, Long.parseLong(matcher.group(1)));
                    peakUsed = Math.max(peakUsed, Long.parseLong(matcher.group(2)));
                }
            } catch (IOException e) {
                // No jcmd in this runtime: the heap goes unreported, as zero.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
