/**
 * Assignment: providers say how much work they take (maximum open cases), when they work (weekly hours
 * in their time zone) and when they are away; admins get the providers suited to a case ranked by
 * specialty, availability and load. The assignment itself is a lifecycle transition of the cases module.
 */
package app.consilium.assignment;
