/**
 * Telling people things: the email outbox (written in the same transaction as the change it reports, sent
 * by a cluster-wide scheduled task) and, later, in-app notifications and preferences.
 */
package app.consilium.notifications;
