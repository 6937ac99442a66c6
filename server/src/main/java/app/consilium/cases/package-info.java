/**
 * Cases: the workspace of every engagement, who is on it (requester side, provider side), and the one
 * place that decides whether a person may see a case at all ({@link app.consilium.cases.CaseAccess}).
 * Lifecycle transitions, assignment and lists grow here (issue 5); content features hang off the case id.
 */
package app.consilium.cases;
