package app.consilium.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.identity.SignedInAccount;

/** Changing one's sign-in password, and resetting a forgotten one by an emailed link. */
@RestController
class PasswordController {

	private final PasswordChanges changes;

	PasswordController(PasswordChanges changes) {
		this.changes = changes;
	}

	record ChangeRequest(@NotBlank @Size(max = 1024) String currentPassword, @NotBlank String newPassword) {
	}

	record ResetRequest(@NotBlank @Email @Size(max = 320) String email) {
	}

	record CompleteResetRequest(@NotBlank @Size(max = 200) String token, @NotBlank String password) {
	}

	@PutMapping("/api/me/password")
	ResponseEntity<Void> change(@AuthenticationPrincipal SignedInAccount me, @Valid @RequestBody ChangeRequest body,
			HttpServletRequest request, HttpServletResponse response) {
		changes.change(me.id(), body.currentPassword(), body.newPassword(), request, response);
		return ResponseEntity.noContent().build();
	}

	/** Always 202, whether or not the address has an account: the answer must not reveal who is registered. */
	@PostMapping("/api/password-resets")
	ResponseEntity<Void> requestReset(@Valid @RequestBody ResetRequest body) {
		changes.sendResetLink(body.email());
		return ResponseEntity.status(HttpStatus.ACCEPTED).build();
	}

	@PostMapping("/api/password-resets/complete")
	ResponseEntity<Void> completeReset(@Valid @RequestBody CompleteResetRequest body) {
		changes.reset(body.token(), body.password());
		return ResponseEntity.noContent().build();
	}

}
