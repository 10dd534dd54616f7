/**
 * Alignkit's JSON support: {@link dev.alignkit.jackson.AlignkitJson} reads and writes a whole
 * organization, and {@link dev.alignkit.jackson.AlignkitModule} teaches any Jackson
 * {@code ObjectMapper} the format.
 */
module dev.alignkit.jackson {
  requires transitive dev.alignkit.core;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive dev.alignkit.json.format;
  requires static org.jspecify;

  exports dev.alignkit.jackson;

  provides com.fasterxml.jackson.databind.Module with dev.alignkit.jackson.AlignkitModule;
}
