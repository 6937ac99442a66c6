package app.consilium.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs web/src/crypto/interop.test.ts under Node with Vitest, pointed at an input and an output
 * file. Without Node or web/node_modules it fails when CI=true (the interop proof must not silently
 * vanish from a build) and otherwise skips with a loud warning.
 */
final class TypeScriptRunner {

  static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();
  private static final Path VITEST = WEB.resolve("node_modules/vitest/vitest.mjs");
  private static final long TIMEOUT_MINUTES = 5;

  private TypeScriptRunner() {}

  /** Fails or skips unless Node and web/node_modules are there. */
  static void requireNode() {
    String missing =
        !nodeRuns()
            ? "`node` is not on the PATH"
            : !Files.exists(VITEST) ? VITEST + " is missing (run `npm ci` in web/)" : null;
    if (missing == null) {
      return;
    }
    String message = "Java/TypeScript interop test cannot run: " + missing;
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    System.err.println(
        "\n*** WARNING: " + message + ". SKIPPED; CI=true makes this a failure. ***\n");
    Assumptions.abort(message);
  }

  /** Runs the TypeScript interop test; it reads {@code in} and writes {@code out}. */
  static void run(Path in, Path out, Path log) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("node", VITEST.toString(), "run", "src/crypto/interop.test.ts")
            .directory(WEB.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("CONSILIUM_INTEROP_IN", in.toString());
    builder.environment().put("CONSILIUM_INTEROP_OUT", out.toString());
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(
          "the TypeScript interop test did not finish in "
              + TIMEOUT_MINUTES
              + " minutes; see "
              + log);
    }
    assertThat(process.exitValue())
        .as("Vitest exit code; its output:%n%s", Files.readString(log))
        .isZero();
  }

  private static boolean nodeRuns() {
    try {
      Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
