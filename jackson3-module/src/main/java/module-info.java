/**
 * Alignkit's JSON formats for Jackson 3: {@link dev.alignkit.jackson3.AlignkitJson} reads and writes
 * a whole organization, {@link dev.alignkit.jackson3.ResultJson} the results,
 * {@link dev.alignkit.jackson3.JsonLinesReader} and {@link dev.alignkit.jackson3.JsonLinesWriter}
 * JSON Lines, and {@link dev.alignkit.jackson3.AlignkitModule} teaches any
 * Jackson 3 {@code JsonMapper} the formats that {@code dev.alignkit.json.format} defines, and
 * {@code JsonMapper.builder().findAndAddModules()} finds it.
 */
module dev.alignkit.jackson3 {
  requires transitive dev.alignkit.core;
  requires transitive tools.jackson.databind;
  requires transitive dev.alignkit.json.format;
  requires static org.jspecify;

  exports dev.alignkit.jackson3;

  provides tools.jackson.databind.JacksonModule with dev.alignkit.jackson3.AlignkitModule;
}
