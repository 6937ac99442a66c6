package app.consilium.identity.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import app.consilium.platform.FieldProblem;

/**
 * What a sign-in password must be: 12 to 128 characters, and not a common password, also when dressed up
 * with capitals, digits or symbols around it ("Password2024!") or repeated ("monkeymonkey").
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	public PasswordPolicy() {
		this.common = load();
	}

	/** Refuses a password that breaks the rules, naming the request field it came in. */
	public void check(String field, String password) {
		String problem = problemWith(password);
		if (problem != null) {
			throw new FieldProblem(field, problem);
		}
	}

	String problemWith(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return "Use at least " + MIN_LENGTH + " characters.";
		}
		if (password.length() > MAX_LENGTH) {
			return "Use at most " + MAX_LENGTH + " characters.";
		}
		if (isCommon(password)) {
			return "This password is too common. Choose one that others are unlikely to use.";
		}
		return null;
	}

	boolean isCommon(String password) {
		String lower = Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		return common.contains(lower) || common.contains(core) || isRepetition(core);
	}

	private boolean isRepetition(String core) {
		for (int size = 1; size <= core.length() / 2; size++) {
			if (core.length() % size == 0 && core.substring(0, size).repeat(core.length() / size).equals(core)) {
				return size < 4 || common.contains(core.substring(0, size));
			}
		}
		return false;
	}

	private static Set<String> load() {
		var resource = new ClassPathResource("identity/common-passwords.txt");
		Set<String> words = new HashSet<>(40_000);
		try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
