/**
 * Shared plumbing every feature may use: problem details for errors, optimistic-locking preconditions,
 * request ids, security headers and serving the single-page front end.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.consilium.platform;
