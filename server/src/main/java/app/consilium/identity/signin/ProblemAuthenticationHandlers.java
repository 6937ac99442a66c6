package app.consilium.identity.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import app.consilium.platform.ProblemException;
import app.consilium.platform.web.ProblemWriter;

/** 401 and 403 from Spring Security, written as problems like every other API error. */
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemWriter writer;

	ProblemAuthenticationHandlers(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		writer.write(response, problem(HttpStatus.UNAUTHORIZED, "not-signed-in", "Sign in to continue."));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			writer.write(response, problem(HttpStatus.FORBIDDEN, "csrf",
					"The request is missing its security token. Reload the page and try again."));
			return;
		}
		writer.write(response, problem(HttpStatus.FORBIDDEN, "forbidden", "You are not allowed to do this."));
	}

	private static ProblemDetail problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ProblemException.typeUri(type));
		return problem;
	}

}
