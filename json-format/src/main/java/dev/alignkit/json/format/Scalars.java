package dev.alignkit.json.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The codecs of plain values: strings, booleans, numbers, ISO-8601 dates, enums by name, arrays
 * and enum-keyed maps. Each accepts exactly one JSON type and says which it expected otherwise.
 */
public final class Scalars {
  private Scalars() {}

  static final ValueCodec<String> STRING = new ValueCodec<>() {
    @Override
    public String read(JsonIn in) {
      if (in.token() != Token.VALUE_STRING) {
        throw in.expected("a string");
      }
      return in.text();
    }

    @Override
    public void write(String value, JsonOut out) {
      out.string(value);
    }
  };

  /**
   * A string that names something the document holds many times: an id that other items refer
   * to, a reference to one, a skill, a unit, a tag, a code. Equal values read from one document
   * share one instance.
   */
  static final ValueCodec<String> REF = new ValueCodec<>() {
    @Override
    public String read(JsonIn in) {
      if (in.token() != Token.VALUE_STRING) {
        throw in.expected("a string");
      }
      return in.sharedText();
    }

    @Override
    public void write(String value, JsonOut out) {
      out.string(value);
    }
  };

  static final ValueCodec<Boolean> BOOLEAN = new ValueCodec<>() {
    @Override
    public Boolean read(JsonIn in) {
      if (in.token() == Token.VALUE_TRUE) {
        return true;
      }
      if (in.token() == Token.VALUE_FALSE) {
        return false;
      }
      throw in.expected("true or false");
    }

    @Override
    public void write(Boolean value, JsonOut out) {
      out.bool(value);
    }
  };

  /** Any JSON number; written by Java's shortest exact form, so 5.0 is written {@code 5.0}. */
  public static final ValueCodec<Double> DOUBLE = new ValueCodec<>() {
    @Override
    public Double read(JsonIn in) {
      return readDouble(in);
    }

    @Override
    public void write(Double value, JsonOut out) {
      out.number(value);
    }
  };

  /** As {@link #DOUBLE} reads a number, without boxing it. */
  static double readDouble(JsonIn in) {
    if (in.token() != Token.VALUE_NUMBER_INT && in.token() != Token.VALUE_NUMBER_FLOAT) {
      throw in.expected("a number");
    }
    // A whole number goes through its text, which keeps the sign of -0; the writer writes every
    // double with a fraction or an exponent, which the parser reads without making a string.
    double value = in.token() == Token.VALUE_NUMBER_INT ? Double.parseDouble(in.text()) : in.doubleValue();
    if (!Double.isFinite(value)) {
      throw in.error("number " + in.text() + " is too large: it must be a finite double");
    }
    return value;
  }

  static final ValueCodec<Integer> INT = new ValueCodec<>() {
    @Override
    public Integer read(JsonIn in) {
      if (in.token() != Token.VALUE_NUMBER_INT) {
        throw in.expected("a whole number");
      }
      if (!in.fitsInt()) {
        throw in.error("whole number " + in.text() + " is out of range [" + Integer.MIN_VALUE + ", "
            + Integer.MAX_VALUE + "]");
      }
      return in.intValue();
    }

    @Override
    public void write(Integer value, JsonOut out) {
      out.number(value);
    }
  };

  static final ValueCodec<LocalDate> DATE = new ValueCodec<>() {
    @Override
    public LocalDate read(JsonIn in) {
      if (in.token() != Token.VALUE_STRING) {
        throw in.expected("an ISO-8601 date such as \"2026-07-01\"");
      }
      LocalDate plain = in.plainDate();
      if (plain != null) {
        return plain;
      }
      try {
        return LocalDate.parse(in.text());
      } catch (DateTimeParseException e) {
        throw in.expected("an ISO-8601 date such as \"2026-07-01\"");
      }
    }

    @Override
    public void write(LocalDate value, JsonOut out) {
      out.string(value.toString());
    }
  };

  /**
   * An ISO-8601 date-time with an offset, such as {@code "2023-09-30T22:00:00Z"}; the offset is
   * kept as given, and it is written with seconds ({@code 2023-09-30T22:00:00Z} for
   * {@code 2023-09-30T22:00Z}) and its fraction of a second when it has one.
   */
  static final ValueCodec<OffsetDateTime> DATE_TIME = new ValueCodec<>() {
    @Override
    public OffsetDateTime read(JsonIn in) {
      if (in.token() == Token.VALUE_STRING) {
        OffsetDateTime at = null;
        try {
          at = OffsetDateTime.parse(in.text(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
          // Not a date-time with an offset: said below.
        }
        // At the ends of the year range an instant has no date in some zones: such a check-in
        // could not be dated, so it is refused here, at its place.
        if (at != null && Math.abs(at.getYear()) >= Year.MAX_VALUE) {
          throw in.error("date-time " + Strings.quote(in.text()) + " lies at the end of the year range: expected"
              + " a year within " + (-Year.MAX_VALUE + 1) + " and " + (Year.MAX_VALUE - 1));
        }
        if (at != null) {
          return at;
        }
      }
      throw in.expected("an ISO-8601 date-time with an offset such as \"2023-09-30T22:00:00Z\"");
    }

    @Override
    public void write(OffsetDateTime value, JsonOut out) {
      out.string(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }
  };

  /** A time-zone id as {@link ZoneId#of(String)} reads it: an IANA id such as {@code "Europe/Zurich"}, or {@code "UTC"}. */
  static final ValueCodec<ZoneId> ZONE = new ValueCodec<>() {
    @Override
    public ZoneId read(JsonIn in) {
      if (in.token() != Token.VALUE_STRING) {
        throw in.expected("an IANA time-zone id such as \"Europe/Zurich\"");
      }
      try {
        return ZoneId.of(in.text());
      } catch (DateTimeException e) {
        throw in.error("unknown time zone " + Strings.quote(in.text())
            + ": expected an IANA time-zone id such as \"Europe/Zurich\"");
      }
    }

    @Override
    public void write(ZoneId value, JsonOut out) {
      out.string(value.getId());
    }
  };

  /**
   * The date of {@code text} when it is a plain {@code yyyy-MM-dd} of a real day, as almost every
   * date in a document is; null for anything else, which {@link LocalDate#parse} then accepts or
   * rejects. Reading a large document parses millions of dates, and this skips the general
   * formatter's allocations.
   */
  public static @Nullable LocalDate plainDate(String text) {
    int key = Canonical.dateKey(text.toCharArray(), 0, text.length());
    return key == 0 ? null : Canonical.day(key);
  }

  /** The constants of {@code type} by name. */
  private static <E extends Enum<E>> Map<String, E> byName(Class<E> type) {
    Map<String, E> byName = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
    return byName;
  }

  /** The names of the constants of {@code type}, in declaration order. */
  private static <E extends Enum<E>> String[] names(Class<E> type) {
    E[] constants = type.getEnumConstants();
    String[] names = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      names[i] = constants[i].name();
    }
    return names;
  }

  /** An enum constant by its name, found from the parser's characters without making a string. */
  static <E extends Enum<E>> ValueCodec<E> enumOf(Class<E> type) {
    E[] constants = type.getEnumConstants();
    String[] names = names(type);
    String expected = "one of " + String.join(", ", names);
    return new ValueCodec<>() {
      @Override
      public E read(JsonIn in) {
        int index = in.token() == Token.VALUE_STRING ? in.indexOfText(names) : -1;
        if (index >= 0) {
          return constants[index];
        }
        throw in.expected(expected);
      }

      @Override
      public void write(E value, JsonOut out) {
        out.string(value.name());
      }
    };
  }

  /** A JSON array of {@code element} values; written in the collection's order. */
  public static <V> ValueCodec<List<V>> listOf(ValueCodec<V> element) {
    return new ValueCodec<>() {
      @Override
      public List<V> read(JsonIn in) {
        List<V> values = new ArrayList<>();
        readEach(in, element, values, List::add);
        return values;
      }

      @Override
      public void write(List<V> values, JsonOut out) {
        writeAll(values, element, out);
      }
    };
  }

  /** Reads the JSON array on which {@code in} stands, handing each {@code element} value to {@code add} with {@code target}. */
  static <V, B> void readEach(JsonIn in, ValueCodec<V> element, B target, BiConsumer<B, V> add) {
    if (in.token() != Token.START_ARRAY) {
      throw in.expected("an array");
    }
    while (in.next() != Token.END_ARRAY) {
      add.accept(target, element.read(in));
    }
  }

  public static <V> void writeAll(Collection<V> values, ValueCodec<V> element, JsonOut out) {
    out.startArray();
    for (V value : values) {
      element.write(value, out);
    }
    out.endArray();
  }

  /** A JSON object keyed by enum names with string values; written in the enum's order. */
  static <K extends Enum<K>> ValueCodec<Map<K, String>> enumKeyedTexts(Class<K> type) {
    return enumKeyed(type, STRING);
  }

  /**
   * A JSON object of string values, such as a finding's named arguments: read and written in the
   * object's order; a repeated name is refused.
   */
  static final ValueCodec<Map<String, String>> TEXTS_BY_NAME = new ValueCodec<>() {
    @Override
    public Map<String, String> read(JsonIn in) {
      if (in.token() != Token.START_OBJECT) {
        throw in.expected("an object of strings");
      }
      Map<String, String> map = new LinkedHashMap<>();
      while (in.next() == Token.FIELD_NAME) {
        String name = in.fieldName();
        if (map.containsKey(name)) {
          throw in.error("duplicate field " + Strings.quote(name));
        }
        in.next();
        map.put(name, STRING.read(in));
      }
      return map;
    }

    @Override
    public void write(Map<String, String> map, JsonOut out) {
      out.startObject();
      for (Map.Entry<String, String> entry : map.entrySet()) {
        out.name(entry.getKey());
        out.string(entry.getValue());
      }
      out.endObject();
    }
  };

  /**
   * A JSON object keyed by enum names with whole-number counts, such as a scorecard's grades;
   * written in the enum's order.
   */
  static <K extends Enum<K>> ValueCodec<Map<K, Integer>> enumKeyedCounts(Class<K> type) {
    return enumKeyed(type, INT);
  }

  /** A JSON object keyed by enum names with {@code values}; written in the enum's order, read with the keys given. */
  private static <K extends Enum<K>, V> ValueCodec<Map<K, V>> enumKeyed(Class<K> type, ValueCodec<V> values) {
    String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    Map<String, K> byName = byName(type);
    return new ValueCodec<>() {
      @Override
      public Map<K, V> read(JsonIn in) {
        if (in.token() != Token.START_OBJECT) {
          throw in.expected("an object keyed by " + names);
        }
        Map<K, V> map = new EnumMap<>(type);
        while (in.next() == Token.FIELD_NAME) {
          K key = byName.get(in.fieldName());
          if (key == null) {
            throw in.error("unknown key " + Strings.quote(in.fieldName()) + ": expected one of " + names);
          }
          if (map.containsKey(key)) {
            throw in.duplicateField(key.name());
          }
          in.next();
          map.put(key, values.read(in));
        }
        return map;
      }

      @Override
      public void write(Map<K, V> map, JsonOut out) {
        out.startObject();
        for (K constant : type.getEnumConstants()) {
          V value = map.get(constant);
          if (value != null) {
            out.name(constant.name());
            values.write(value, out);
          }
        }
        out.endObject();
      }
    };
  }
}
