package dev.alignkit.examples.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpServer;
import dev.alignkit.Alignkit;
import dev.alignkit.advice.AdviceFormatter;
import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.policy.Policy;
import dev.alignkit.rules.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HR service over HTTP on the JDK's own server: {@code new HrService(snapshot, clock).start(8080)},
 * then {@code POST /validate}, {@code GET /people/{id}/readiness} and {@code GET /people/{id}/advice}.
 *
 * <p>It holds one organization snapshot, given in code or read from a JSON document at start, and
 * answers in JSON:
 * <ul>
 *   <li>{@code POST /validate} validates the organization document in the request body and answers
 *       the report: validity, and each finding with its code, severity, path, subject, person,
 *       arguments, message, suggestion and advice sentences, then the waived findings.
 *   <li>{@code GET /people/{id}/readiness}: the person's current role, next level and lateral
 *       moves, each with readiness and gaps.
 *   <li>{@code GET /people/{id}/advice}: the advice for the person's open development goals.
 * </ul>
 * Every endpoint takes {@code ?asOf=YYYY-MM-DD} (default: today by the service's {@link Clock})
 * and renders text in the best of English and German for the request's {@code Accept-Language}
 * (default English). Errors are JSON {@code {"error", "pointer", "line", "column"}}: 400 for bad
 * input (a document the JSON module rejects, with its pointer, line and column), 404 for an
 * unknown path (or person, asked by a trusted caller), 405 for a wrong method, 413 for a body above
 * the limit, and 500 with
 * nothing but {@code "internal error"}; stack traces go to the log, never into a response.
 *
 * <p>Thread-safe: requests run on a fixed pool of threads and share only immutable values (the
 * snapshot, the validator, the formatters). The header {@link #VIEWER_HEADER} names who asks, and
 * readiness and advice are then filtered to what they may see: 403 outside their rights, with one
 * body per resource for every reason (a person who does not exist, a person whose plans or
 * assessments are hidden, a person who has none), so that a refusal tells nothing. The example
 * does not authenticate that header; an HR system puts it behind its own access control.
 */
public final class HrService {
  /** The port {@link #main} listens on when none is given. */
  public static final int DEFAULT_PORT = 8080;
  /** The default limit of a request body: 10 MiB. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 10 * 1024 * 1024;
  /** The largest limit a service accepts: a body is held in memory while it is read. */
  public static final int MAX_REQUEST_BYTES_LIMIT = 1 << 30;

  /**
   * The request header naming the person who asks. With it, readiness and advice are filtered to
   * what that person may see (403 outside their rights, the same answer for a person who does not
   * exist); without it the caller is a trusted back end and sees everything.
   */
  public static final String VIEWER_HEADER = "X-Alignkit-Viewer";

  private final OrganizationSnapshot snapshot;
  // Answers every request. Routing and the JSON answers live in Router, the endpoints in
  // ValidateEndpoint and PeopleEndpoints, the viewer's rights in Viewers, so that this class keeps
  // only what an embedding system calls: construction, the lifecycle and the command line.
  private final Router router;

  // Guarded by this: the running server and its threads, or null while stopped.
  private HttpServer server;
  private ExecutorService executor;

  /**
   * A service for {@code snapshot} with the built-in rules, the default policy and a 10 MiB limit.
   *
   * @param snapshot the organization readiness and advice are about; not null
   * @param clock gives today's date when a request names no {@code asOf}; not null
   */
  public HrService(OrganizationSnapshot snapshot, Clock clock) {
    this(snapshot, clock, Validator.defaults(), DEFAULT_MAX_REQUEST_BYTES);
  }

  /**
   * A service for {@code snapshot} with the built-in rules, the default policy and a request limit.
   *
   * @param maxRequestBytes the largest request body accepted, within [1, 2^30]; larger ones get 413
   * @throws IllegalArgumentException if {@code maxRequestBytes} is outside [1, 2^30]
   */
  public HrService(OrganizationSnapshot snapshot, Clock clock, int maxRequestBytes) {
    this(snapshot, clock, Validator.defaults(), maxRequestBytes);
  }

  /**
   * A service for {@code snapshot} that validates with {@code validator}; its policy also drives
   * readiness and advice.
   *
   * @param snapshot not null
   * @param clock not null
   * @param validator the rules and policy; not null
   * @param maxRequestBytes the largest request body accepted, within [1, 2^30]
   * @throws IllegalArgumentException if {@code maxRequestBytes} is outside [1, 2^30]
   */
  public HrService(OrganizationSnapshot snapshot, Clock clock, Validator validator, int maxRequestBytes) {
    this.snapshot = requireNonNull(snapshot, "snapshot");
    requireNonNull(clock, "clock");
    requireNonNull(validator, "validator");
    Policy policy = validator.policy();
    if (maxRequestBytes < 1 || maxRequestBytes > MAX_REQUEST_BYTES_LIMIT) {
      throw new IllegalArgumentException("maxRequestBytes must be within [1, " + MAX_REQUEST_BYTES_LIMIT + "]: "
          + maxRequestBytes);
    }
    AdviceFormatter sentences = AdviceFormatter.standard();
    this.router = new Router(new ValidateEndpoint(validator, Alignkit.formatter(), sentences, clock, maxRequestBytes),
        new PeopleEndpoints(snapshot, policy, sentences, clock));
  }

  /**
   * A service for the organization document in {@code path}, with the defaults.
   *
   * @throws AlignkitJsonException naming the pointer, line and column when the document cannot be read
   */
  public static HrService fromFile(Path path, Clock clock) {
    return new HrService(AlignkitJson.read(requireNonNull(path, "path")), clock);
  }

  /**
   * Starts listening on {@code port} of 127.0.0.1; port 0 picks a free one. Loopback only, because
   * the example has no authentication; use {@link #start(InetSocketAddress)} to listen elsewhere
   * behind your own access control.
   *
   * @return the address it listens on, with the actual port
   * @throws IOException if the port cannot be bound
   * @throws IllegalStateException if it is already running
   */
  public InetSocketAddress start(int port) throws IOException {
    return start(new InetSocketAddress(InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1}), port));
  }

  /**
   * Starts listening on {@code address}. A stopped service can be started again.
   *
   * @return the address it listens on, with the actual port
   * @throws IOException if the address cannot be bound
   * @throws IllegalStateException if it is already running
   */
  public synchronized InetSocketAddress start(InetSocketAddress address) throws IOException {
    requireNonNull(address, "address");
    if (server != null) {
      throw new IllegalStateException("already running on " + server.getAddress());
    }
    HttpServer created = HttpServer.create(address, 0);
    ExecutorService threads = Executors.newFixedThreadPool(
        Math.max(2, Runtime.getRuntime().availableProcessors()), new NamedThreads());
    created.createContext("/", router);
    created.setExecutor(threads);
    created.start();
    server = created;
    executor = threads;
    return created.getAddress();
  }

  /** The address it listens on; empty while stopped. */
  public synchronized Optional<InetSocketAddress> address() {
    return server == null ? Optional.empty() : Optional.of(server.getAddress());
  }

  /**
   * Stops listening, closes open connections and waits a few seconds for the request threads to
   * end. Does nothing when it is not running.
   */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    server = null;
    executor = null;
  }

  /** Names the request threads, and lets the JVM exit while they idle (the server's own thread holds it). */
  private static final class NamedThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "alignkit-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  // --- main ---------------------------------------------------------------------------------

  /**
   * Starts the service: {@code HrService [PORT [FILE.json]]}, by default on port 8080 of the
   * loopback address with {@code examples/data/organization-40.json}, and stops it on Ctrl-C.
   * Exits with 2 for a bad port or an unreadable document.
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Starts the service as {@link #main} does; 0 when it runs, 2 for bad usage or input. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 2) {
      err.println("usage: HrService [PORT [FILE.json]]");
      return 2;
    }
    int port = DEFAULT_PORT;
    if (args.length > 0) {
      try {
        port = Integer.parseInt(args[0]);
      } catch (NumberFormatException e) {
        port = -1;
      }
      if (port < 0 || port > 65_535) {
        err.println("hr-service: the port must be a number within [0, 65535], got '" + args[0] + "'");
        return 2;
      }
    }
    Path document = args.length > 1 ? Path.of(args[1]) : defaultDocument();
    HrService service;
    try {
      service = fromFile(document, Clock.systemDefaultZone());
    } catch (AlignkitJsonException e) {
      // An I/O failure names the file already ("cannot read X: no such file"); a bad document does not.
      err.println("hr-service: " + (e.kind() == AlignkitJsonException.Kind.IO_FAILURE ? ""
          : "cannot read " + document + ": ") + e.getMessage());
      return 2;
    }
    InetSocketAddress address;
    try {
      address = service.start(port);
    } catch (IOException e) {
      err.println("hr-service: cannot listen on port " + port + ": " + e.getMessage());
      return 2;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "alignkit-http-stop"));
    out.println("Alignkit HR service on http://" + address.getHostString() + ":" + address.getPort()
        + "/ with " + service.snapshot.people().size() + " people from " + document);
    return 0;
  }

  /** The sample document, from the repository root or from the examples module. */
  static Path defaultDocument() {
    Path fromRoot = Path.of("examples", "data", "organization-40.json");
    return Files.exists(fromRoot) ? fromRoot : Path.of("data", "organization-40.json");
  }
}
