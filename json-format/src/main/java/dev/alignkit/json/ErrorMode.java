package dev.alignkit.json;

/**
 * What a JSON Lines reader ({@code JsonLinesReader} of either binding) does with a line it cannot read: stop there, or set the line
 * aside and go on. Either way each error is an {@link AlignkitJsonException} whose
 * {@link AlignkitJsonException#line() line} is the line's number in the file.
 */
public enum ErrorMode {
  /** Throw the first error; nothing after the bad line is read. */
  STOP_AT_FIRST,

  /**
   * Skip each bad line, keep its error in the reader's {@code errors()} and read on. The
   * organization line is the exception: without it no line can be understood, so an error there
   * stops reading in this mode too.
   */
  COLLECT_AND_CONTINUE
}
