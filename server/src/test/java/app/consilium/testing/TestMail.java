package app.consilium.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** One real SMTP server (GreenMail) in the test JVM, shared by every test context. */
public final class TestMail {

	private static final GreenMail SERVER = start();

	private static final Set<MimeMessage> CONSUMED = ConcurrentHashMap.newKeySet();

	private TestMail() {
	}

	private static GreenMail start() {
		GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
		return mail;
	}

	static int port() {
		return SERVER.getSmtp().getPort();
	}

	/**
	 * Waits for the next email to this address whose subject contains the text and that no earlier call
	 * returned, and returns its body.
	 */
	public static String awaitBody(String recipient, String subjectContains) {
		MimeMessage message = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> next(recipient, subjectContains), Optional::isPresent)
			.orElseThrow();
		CONSUMED.add(message);
		return GreenMailUtil.getBody(message);
	}

	/** The link with a token in an email's body ({@code ...#token=...}). */
	public static String awaitLink(String recipient, String subjectContains) {
		Matcher matcher = Pattern.compile("(https?://\\S+#token=[A-Za-z0-9_-]+)")
			.matcher(awaitBody(recipient, subjectContains));
		if (!matcher.find()) {
			throw new AssertionError("No link in the email to " + recipient);
		}
		return matcher.group(1);
	}

	private static synchronized Optional<MimeMessage> next(String recipient, String subjectContains) {
		return Arrays.stream(SERVER.getReceivedMessages())
			.filter(message -> !CONSUMED.contains(message))
			.filter(message -> sentTo(message, recipient) && subject(message).contains(subjectContains))
			.findFirst();
	}

	private static boolean sentTo(MimeMessage message, String recipient) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
		}
		catch (jakarta.mail.MessagingException ex) {
			return false;
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

}
