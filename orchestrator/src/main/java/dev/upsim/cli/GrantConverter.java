package dev.upsim.cli;

import dev.upsim.auth.Grant;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a grant from the command line in its text form, or says which forms are valid. */
final class GrantConverter implements ITypeConverter<Grant> {

  /** The grant {@code text} names; picocli reports a failure as a usage error. */
  @Override
  public Grant convert(String text) {
    return Grant.parse(text)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'" + text + "' is not a grant; valid forms: task:operate:<task>, env:view"));
  }
}
