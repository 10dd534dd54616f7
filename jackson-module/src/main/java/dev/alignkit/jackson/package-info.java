/**
 * Jackson support for the Alignkit model. A placeholder: the module that reads and writes a
 * whole organization arrives with its own issue.
 */
package dev.alignkit.jackson;
