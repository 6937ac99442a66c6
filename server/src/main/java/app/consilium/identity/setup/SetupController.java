package app.consilium.identity.setup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.identity.account.Account;
import app.consilium.identity.account.AccountRepository;
import app.consilium.identity.account.MeView;
import app.consilium.identity.account.MeViews;
import app.consilium.identity.signin.Sessions;

/** The first start: create the first administrator with the setup token, then sign them in. */
@RestController
class SetupController {

	private final FirstAdministrator firstAdministrator;

	private final AccountRepository accounts;

	private final Sessions sessions;

	private final MeViews views;

	SetupController(FirstAdministrator firstAdministrator, AccountRepository accounts, Sessions sessions,
			MeViews views) {
		this.firstAdministrator = firstAdministrator;
		this.accounts = accounts;
		this.sessions = sessions;
		this.views = views;
	}

	record SetupState(boolean required) {
	}

	record SetupRequest(@NotBlank @Size(max = 200) String token, @NotBlank @Email @Size(max = 320) String email,
			@NotBlank @Size(max = 200) String fullName, @NotBlank String password) {
	}

	@GetMapping("/api/setup")
	SetupState state() {
		return new SetupState(!accounts.anyAdmin());
	}

	@PostMapping("/api/setup")
	ResponseEntity<MeView> setUp(@Valid @RequestBody SetupRequest body, HttpServletRequest request,
			HttpServletResponse response) {
		Account admin = firstAdministrator.create(body.token(), body.email(), body.fullName(), body.password());
		sessions.open(admin, request, response);
		return ResponseEntity.status(HttpStatus.CREATED).body(views.of(admin));
	}

}
