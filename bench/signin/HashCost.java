import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The cost of one sign-in password check in isolation: the server's encoder (Passwords.java: Argon2id,
 * 16-byte salt, 32-byte hash, 1 lane, 19 MiB, 2 passes) checking a right password, one at a time on one
 * thread. Run by run.sh with the encoder's jars taken from the Consilium jar:
 *
 * <pre>
 * java -cp 'lib/*' bench/signin/HashCost.java [rounds]
 * </pre>
 *
 * Prints wall time and this thread's CPU time per check; CPU time is what a core spends, whatever else the
 * machine is doing, so it is the figure to divide the cores by.
 */
public final class HashCost {

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		var encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
		String password = "Bench-Passphrase-2026!";
		String hash = encoder.encode(password);
		var threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < 10; i++) { // warm-up: let the JIT compile the Blake2b/Argon2 loops
			encoder.matches(password, hash);
		}
		long[] wall = new long[rounds];
		long[] cpu = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long c0 = threads.getCurrentThreadCpuTime();
			long t0 = System.nanoTime();
			if (!encoder.matches(password, hash)) {
				throw new IllegalStateException("the hash does not match");
			}
			wall[i] = System.nanoTime() - t0;
			cpu[i] = threads.getCurrentThreadCpuTime() - c0;
		}
		Arrays.sort(wall);
		Arrays.sort(cpu);
		System.out.printf(Locale.ROOT,
				"Argon2id 19 MiB, 2 passes, 1 lane (java %s): %d checks, wall min %.1f / median %.1f ms, CPU min %.1f / "
						+ "median %.1f ms -> at most %.1f sign-ins/s per core%n",
				System.getProperty("java.version"), rounds, wall[0] / 1e6, wall[rounds / 2] / 1e6, cpu[0] / 1e6,
				cpu[rounds / 2] / 1e6, 1e9 / cpu[rounds / 2]);
	}

}
