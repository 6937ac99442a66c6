package app.consilium.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.identity.SignedInAccount;
import app.consilium.identity.account.MeView;
import app.consilium.identity.account.MeViews;
import app.consilium.platform.ProblemException;

/** Signing in and out. GET /api/session answers who is signed in (401 when nobody is). */
@RestController
class SessionController {

	private final SignIn signIn;

	private final Sessions sessions;

	private final MeViews views;

	SessionController(SignIn signIn, Sessions sessions, MeViews views) {
		this.signIn = signIn;
		this.sessions = sessions;
		this.views = views;
	}

	record SignInRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 1024) String password,
			@Size(max = 32) String code) {
	}

	@GetMapping("/api/session")
	MeView current(@AuthenticationPrincipal SignedInAccount me) {
		if (me == null) {
			throw new ProblemException(org.springframework.http.HttpStatus.UNAUTHORIZED, "not-signed-in",
					"Sign in to continue.");
		}
		return views.of(me.id());
	}

	@PostMapping("/api/session")
	MeView signIn(@Valid @RequestBody SignInRequest body, HttpServletRequest request, HttpServletResponse response) {
		var account = signIn.check(body.email(), body.password(), body.code(), request.getRemoteAddr());
		sessions.open(account, request, response);
		return views.of(account);
	}

	@DeleteMapping("/api/session")
	ResponseEntity<Void> signOut(HttpServletRequest request) {
		sessions.close(request);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/sessions")
	ResponseEntity<Void> signOutEverywhere(@AuthenticationPrincipal SignedInAccount me, HttpServletRequest request) {
		sessions.close(request);
		sessions.closeAll(me.id());
		return ResponseEntity.noContent().build();
	}

}
