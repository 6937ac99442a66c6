/**
 * Who is who: accounts, organizations, medical specialties, invitations, onboarding, sign-in, sessions and
 * the second factor. Other features see only the signed-in account ({@link app.consilium.identity.SignedInAccount}).
 */
package app.consilium.identity;
