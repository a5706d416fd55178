/**
 * The process owner's loop: the rules every model must keep (one implementation, used by the build's
 * model-conventions test and by the engine's deployment guard), the guard that applies them to every
 * deployment, and the wall that keeps an expression in a model from reaching anything but the
 * process's own variables.
 */
package dk.trappen.models;
