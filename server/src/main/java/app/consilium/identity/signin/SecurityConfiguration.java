package app.consilium.identity.signin;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import app.consilium.identity.AccountRole;
import app.consilium.platform.web.ProblemWriter;
import app.consilium.platform.web.SecurityHeaders;

/**
 * Who may call what, in one place: public pages and the few public endpoints (setup, sign-in, invitation
 * and reset links), admins for everything under /api/admin, any signed-in person for the rest of /api.
 * Case-level rules (membership, side, status) are decided by the features themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, SecurityContextRepository contexts, ProblemWriter writer, Clock clock,
			@Value("${consilium.session.absolute-timeout:12h}") Duration absoluteTimeout) throws Exception {
		var handlers = new ProblemAuthenticationHandlers(writer);
		http.securityContext(context -> context.securityContextRepository(contexts))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.csrf(csrf -> csrf.spa())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.addFilterBefore(new AbsoluteSessionTimeoutFilter(absoluteTimeout, clock), AuthorizationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.GET, "/api/setup", "/api/session").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/setup", "/api/session", "/api/invitations/lookup",
						"/api/invitations/accept", "/api/password-resets", "/api/password-resets/complete")
				.permitAll()
				.requestMatchers("/api/admin/**").hasRole(AccountRole.ADMIN.name())
				.requestMatchers("/api/**").authenticated()
				.requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
				.requestMatchers("/actuator/**").hasRole(AccountRole.ADMIN.name())
				.anyRequest().permitAll());
		SecurityHeaders.apply(http);
		return http.build();
	}

}
