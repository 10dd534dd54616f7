package dev.alignkit.json.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JSON object of one result type (a report, a finding, a roll-up ...), described as a
 * {@link FieldTable} as the model types are, but simpler: results have no attributes and no older
 * versions.
 *
 * <p>Reading dispatches known names, skips unknown ones (a newer writer's additions, or a field an
 * application added), treats {@code null} as an absent value, reports a missing required field or
 * a repeated one, drops the rendered texts and checks the derived values against the value read,
 * and translates what the value's factory or builder rejects into an error at the object.
 * Writing puts the fields in table order, optional ones only when present, collections only when
 * not empty, and rendered texts only for a writer that has {@link Texts}.
 *
 * <p>A result written as a whole document starts with {@code "resultFormatVersion": 1}, and one
 * read as a whole document must give it; a result inside another value (a finding in a report,
 * a report in an application's own response) does not repeat it.
 *
 * @param <T> the result type
 * @param <B> its builder, or a draft that collects the fields
 */
public final class ResultCodec<T, B> implements TypeCodec<T> {
  /** The field that gives a result document's format version. */
  public static final String VERSION_FIELD = "resultFormatVersion";
  /** The version of the result format this module writes and reads. */
  public static final int FORMAT_VERSION = 1;

  private final Class<T> type;
  private final String kind;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<FieldTable.Field<T, B>> fields;
  private final Map<String, Integer> positions = new HashMap<>();
  private final Set<String> names;

  private ResultCodec(FieldTable<T, B, ?> table) {
    this.type = table.type;
    this.kind = table.kind;
    this.newBuilder = table.newBuilder;
    this.build = table.build;
    this.fields = List.copyOf(table.fields);
    if (fields.size() > Long.SIZE) {
      throw new IllegalStateException("the " + kind + " has more than " + Long.SIZE + " fields");
    }
    Set<String> ordered = new LinkedHashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      positions.put(fields.get(i).name, i);
      ordered.add(fields.get(i).name);
    }
    this.names = Collections.unmodifiableSet(ordered);
  }

  /** Starts the table of a result type named {@code kind} in messages, such as {@code "finding"}. */
  static <T, B> FieldTable<T, B, ResultCodec<T, B>> of(Class<T> type, String kind, Supplier<B> newBuilder,
      Function<B, T> build) {
    return new FieldTable<>(type, kind, newBuilder, build, null, ResultCodec::new);
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public String kind() {
    return kind;
  }

  /** Never: a result is read on its own, and its document's version is its own field. */
  @Override
  public boolean isRoot() {
    return false;
  }

  /** The names of the fields in writing order, {@link #VERSION_FIELD} not included. */
  public Set<String> fieldNames() {
    return names;
  }

  /** Whether {@code name} is a required field. */
  public boolean isRequired(String name) {
    Integer position = positions.get(name);
    return position != null && fields.get(position).required;
  }

  /** Whether {@code name} is a text rendered for a writer with a {@code Locale}, written only then. */
  public boolean isRendered(String name) {
    Integer position = positions.get(name);
    return position != null && fields.get(position).rendered;
  }

  /** Whether {@code name} is a value computed from the other fields, written always and checked when read. */
  public boolean isDerived(String name) {
    Integer position = positions.get(name);
    return position != null && fields.get(position).derived != null;
  }

  @Override
  public T read(JsonIn in) {
    if (in.token() != Token.START_OBJECT) {
      throw in.expected("an object (" + kind + ")");
    }
    String pointer = in.pointer();
    long start = in.location();
    boolean document = in.atRootObject();
    B builder = newBuilder.get();
    long read = 0;
    boolean versionRead = false;
    List<DerivedRead<T>> derived = List.of();
    while (in.next() == Token.FIELD_NAME) {
      String name = in.fieldName();
      Integer position = positions.get(name);
      if (position == null) {
        if (name.equals(VERSION_FIELD)) {
          if (versionRead) {
            throw in.error("duplicate field " + Strings.quote(name));
          }
          versionRead = true;
          in.next();
          readVersion(in);
        } else {
          in.next();
          in.skip();
        }
        continue;
      }
      long bit = 1L << position;
      if ((read & bit) != 0) {
        throw in.error("duplicate field " + Strings.quote(name));
      }
      read |= bit;
      in.next();
      FieldTable.Field<T, B> field = fields.get(position);
      if (in.token() == Token.VALUE_NULL) {
        if (field.required) {
          throw in.error("required field " + name + " must not be null");
        }
      } else if (field.derived != null) {
        if (derived.isEmpty()) {
          derived = new ArrayList<>(2);
        }
        derived.add(DerivedRead.of(field.derived, name, in));
      } else {
        field.reader.accept(in, builder);
      }
    }
    if (document && !versionRead) {
      throw JsonIn.error(pointer, start, "missing required field " + VERSION_FIELD + ": a result document gives"
          + " the version of its format, " + FORMAT_VERSION, null);
    }
    for (int i = 0; i < fields.size(); i++) {
      if ((read & (1L << i)) == 0 && fields.get(i).required) {
        throw JsonIn.error(pointer, start, "missing required field " + fields.get(i).name, null);
      }
    }
    T value;
    try {
      value = build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw JsonIn.error(pointer, start, "not a valid " + kind + ": " + e.getMessage(), e);
    }
    for (DerivedRead<T> check : derived) {
      check.verify(value, kind);
    }
    return value;
  }

  private static void readVersion(JsonIn in) {
    if (in.token() != Token.VALUE_NUMBER_INT) {
      throw in.expected("the result format version " + FORMAT_VERSION);
    }
    if (!in.text().equals(Integer.toString(FORMAT_VERSION))) {
      throw in.error(VERSION_FIELD + " " + in.text() + " is not supported: this reader reads version "
          + FORMAT_VERSION);
    }
  }

  @Override
  public void write(T value, JsonOut out) {
    boolean document = out.atRoot();
    out.startObject();
    if (document) {
      out.name(VERSION_FIELD);
      out.number(FORMAT_VERSION);
    }
    for (FieldTable.Field<T, B> field : fields) {
      field.writer.accept(value, out);
    }
    out.endObject();
  }

  /** A derived field as read, to be checked once the value is built. */
  private static final class DerivedRead<T> {
    private final Function<T, ?> compute;
    private final Object read;
    private final String name;
    private final String pointer;
    private final long location;

    private DerivedRead(Function<T, ?> compute, Object read, String name, String pointer, long location) {
      this.compute = compute;
      this.read = read;
      this.name = name;
      this.pointer = pointer;
      this.location = location;
    }

    static <T, V> DerivedRead<T> of(FieldTable.Derived<T, V> derived, String name, JsonIn in) {
      String pointer = in.pointer();
      long location = in.location();
      return new DerivedRead<>(derived.get, derived.codec.read(in), name, pointer, location);
    }

    void verify(T value, String kind) {
      Object computed = compute.apply(value);
      if (!computed.equals(read)) {
        throw failure(kind, computed);
      }
    }

    private FormatException failure(String kind, Object computed) {
      return JsonIn.error(pointer, location, name + " is " + read + " but the " + kind + " read gives "
          + computed, null);
    }
  }
}
