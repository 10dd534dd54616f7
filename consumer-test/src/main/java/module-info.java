/**
 * A client of Alignkit's JSON module as an application on the module path would be: it requires
 * {@code dev.alignkit.jackson} (and so, transitively, the core and Jackson) and nothing else.
 */
module dev.alignkit.consumer {
  requires dev.alignkit.jackson;
}
