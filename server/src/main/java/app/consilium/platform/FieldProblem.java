package app.consilium.platform;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A validation failure found after Bean Validation, in the service: reported like Bean Validation's own
 * errors, with the offending field named so the page can show the message next to it.
 */
public class FieldProblem extends ProblemException {

	private final List<FieldError> errors;

	public FieldProblem(String field, String message) {
		super(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.");
		this.errors = List.of(new FieldError(field, message));
	}

	public List<FieldError> errors() {
		return errors;
	}

	public record FieldError(String field, String message) {
	}

}
