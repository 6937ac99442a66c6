package app.consilium.platform;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A refusal the API reports as an RFC 9457 problem: a stable type, a status and a sentence for people.
 * Features throw the factories below rather than building responses themselves.
 */
public class ProblemException extends RuntimeException {

	private static final String TYPE_BASE = "https://consilium.app/problems/";

	private final HttpStatus status;

	private final String type;

	public ProblemException(HttpStatus status, String type, String detail) {
		super(detail, null, false, false);
		this.status = status;
		this.type = type;
	}

	public static ProblemException notFound(String what) {
		return new ProblemException(HttpStatus.NOT_FOUND, "not-found", what + " was not found.");
	}

	public static ProblemException notFound(String type, String detail) {
		return new ProblemException(HttpStatus.NOT_FOUND, type, detail);
	}

	public static ProblemException conflict(String type, String detail) {
		return new ProblemException(HttpStatus.CONFLICT, type, detail);
	}

	public static ProblemException forbidden(String type, String detail) {
		return new ProblemException(HttpStatus.FORBIDDEN, type, detail);
	}

	public static ProblemException badRequest(String type, String detail) {
		return new ProblemException(HttpStatus.BAD_REQUEST, type, detail);
	}

	public static ProblemException gone(String type, String detail) {
		return new ProblemException(HttpStatus.GONE, type, detail);
	}

	public static ProblemException preconditionFailed() {
		return new ProblemException(HttpStatus.PRECONDITION_FAILED, "stale-version",
				"Someone else changed this in the meantime. Reload to see their version.");
	}

	public HttpStatus status() {
		return status;
	}

	public ProblemDetail toProblemDetail() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
		problem.setType(typeUri(type));
		return problem;
	}

	public static URI typeUri(String type) {
		return URI.create(TYPE_BASE + type);
	}

}
