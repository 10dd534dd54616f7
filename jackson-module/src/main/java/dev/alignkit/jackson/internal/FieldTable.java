package dev.alignkit.jackson.internal;

import dev.alignkit.common.HasAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The table of one model type's fields as {@link ObjectCodec#of} starts it: each field in writing
 * order, with how to read it into the type's builder and how to write it, plus the steps around
 * building that some types need. {@link #build()} makes the codec.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class FieldTable<T extends HasAttributes, B> {
  final Class<T> type;
  final String kind;
  final Supplier<B> newBuilder;
  final Function<B, T> build;
  final BiConsumer<B, Map<String, String>> setAttributes;
  final List<Field<T, B>> fields = new ArrayList<>();
  @Nullable String keyField;
  boolean root;
  ObjectCodec.@Nullable Check<B> check;
  ObjectCodec.@Nullable After<T> after;

  FieldTable(Class<T> type, String kind, Supplier<B> newBuilder, Function<B, T> build,
      BiConsumer<B, Map<String, String>> setAttributes) {
    this.type = type;
    this.kind = kind;
    this.newBuilder = newBuilder;
    this.build = build;
    this.setAttributes = setAttributes;
  }

  /** A field that must be present and is always written. */
  <V> FieldTable<T, B> required(String name, ValueCodec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return add(name, true, codec, get, set);
  }

  /** A {@code @Value.Default} field: optional when reading, always written so the document is explicit. */
  <V> FieldTable<T, B> defaulted(String name, ValueCodec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return add(name, false, codec, get, set);
  }

  private <V> FieldTable<T, B> add(String name, boolean required, ValueCodec<V> codec, Function<T, V> get,
      BiConsumer<B, V> set) {
    fields.add(new Field<>(name, required, (in, b) -> set.accept(b, codec.read(in)), (value, out) -> {
      out.name(name);
      codec.write(get.apply(value), out);
    }));
    return this;
  }

  /** An {@code Optional} field, written only when present. */
  <V> FieldTable<T, B> optional(String name, ValueCodec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
    fields.add(new Field<>(name, false, (in, b) -> set.accept(b, codec.read(in)), (value, out) -> {
      Optional<V> present = get.apply(value);
      if (present.isPresent()) {
        out.name(name);
        codec.write(present.get(), out);
      }
    }));
    return this;
  }

  /** An {@code OptionalDouble} field, written only when present. */
  FieldTable<T, B> optionalDouble(String name, Function<T, OptionalDouble> get, ObjDoubleConsumer<B> set) {
    fields.add(new Field<>(name, false, (in, b) -> set.accept(b, Scalars.DOUBLE.read(in)), (value, out) -> {
      OptionalDouble present = get.apply(value);
      if (present.isPresent()) {
        out.name(name);
        out.number(present.getAsDouble());
      }
    }));
    return this;
  }

  /** An {@code OptionalInt} field, written only when present. */
  FieldTable<T, B> optionalInt(String name, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
    fields.add(new Field<>(name, false, (in, b) -> set.accept(b, Scalars.INT.read(in)), (value, out) -> {
      OptionalInt present = get.apply(value);
      if (present.isPresent()) {
        out.name(name);
        out.number(present.getAsInt());
      }
    }));
    return this;
  }

  /** A list or set, written as an array only when not empty. */
  <V> FieldTable<T, B> list(String name, ValueCodec<V> element, Function<T, ? extends Collection<V>> get,
      BiConsumer<B, List<V>> set) {
    ValueCodec<List<V>> codec = Scalars.listOf(element);
    fields.add(new Field<>(name, false, (in, b) -> set.accept(b, codec.read(in)), (value, out) -> {
      Collection<V> values = get.apply(value);
      if (!values.isEmpty()) {
        out.name(name);
        Scalars.writeAll(values, element, out);
      }
    }));
    return this;
  }

  /** A map, written as an object only when not empty. */
  <M extends Map<?, ?>> FieldTable<T, B> map(String name, ValueCodec<M> codec, Function<T, M> get,
      BiConsumer<B, M> set) {
    fields.add(new Field<>(name, false, (in, b) -> set.accept(b, codec.read(in)), (value, out) -> {
      M map = get.apply(value);
      if (!map.isEmpty()) {
        out.name(name);
        codec.write(map, out);
      }
    }));
    return this;
  }

  /** A field that is read and written by hand, such as the document's {@code formatVersion}. */
  FieldTable<T, B> custom(String name, boolean required, BiConsumer<JsonIn, B> reader, BiConsumer<T, JsonOut> writer) {
    fields.add(new Field<>(name, required, reader, writer));
    return this;
  }

  /**
   * Names the field that the model's error places use to name an item of this type in an
   * array, such as {@code id} in {@code objectives[o-1]} or {@code skillId} in
   * {@code expectations[empathy]}.
   */
  FieldTable<T, B> key(String name) {
    this.keyField = name;
    return this;
  }

  /**
   * A field that versions up to {@code lastVersion} have and later ones do not, such as an
   * objective's single {@code alignment}: read from a document of those versions, rejected at its
   * value in a later one (with {@code replacedBy} saying what took its place), never written. Its
   * name stays reserved, so that no attribute of that name can be written.
   */
  <V> FieldTable<T, B> former(String name, int lastVersion, String replacedBy, ValueCodec<V> codec,
      BiConsumer<B, V> set) {
    Field<T, B> field = new Field<>(name, false, (in, b) -> set.accept(b, codec.read(in)), (value, out) -> { });
    field.lastVersion = lastVersion;
    field.replacedBy = replacedBy;
    fields.add(field);
    return this;
  }

  /** Marks the field added last as required in a version 1 document, optional since version 2. */
  FieldTable<T, B> requiredInVersionOne() {
    fields.get(fields.size() - 1).requiredInVersionOne = true;
    return this;
  }

  /**
   * Marks the field added last as new in {@code version}: a document of an earlier version holds
   * it as a vendor attribute, which is read as the field (promoted) when valid for it, and fails
   * otherwise.
   */
  FieldTable<T, B> newIn(int version) {
    fields.get(fields.size() - 1).since = version;
    return this;
  }

  /** Sets the step run once the fields are read, before the value is built. */
  FieldTable<T, B> check(ObjectCodec.Check<B> check) {
    this.check = check;
    return this;
  }

  /** Sets the step run once the value is built, which may replace it. */
  FieldTable<T, B> after(ObjectCodec.After<T> after) {
    this.after = after;
    return this;
  }

  /** Marks the document's root type, whose error places start at the root. */
  FieldTable<T, B> root() {
    this.root = true;
    return this;
  }

  ObjectCodec<T, B> build() {
    return new ObjectCodec<>(this);
  }

  /** One field of the table. */
  static final class Field<T, B> {
    final String name;
    final boolean required;
    final BiConsumer<JsonIn, B> reader;
    final BiConsumer<T, JsonOut> writer;
    /** Required in a version 1 document only, such as an objective's {@code cycleId}. */
    boolean requiredInVersionOne;
    /** The version that added the field: a document of an earlier version holds it as an attribute to promote. */
    int since = OrgCodecs.OLDEST_FORMAT_VERSION;
    /** The last version that has the field; a later one rejects it, and it is never written. */
    int lastVersion = Integer.MAX_VALUE;
    /** For a field a later version dropped: what took its place, for the error in a later version. */
    String replacedBy = "";

    Field(String name, boolean required, BiConsumer<JsonIn, B> reader, BiConsumer<T, JsonOut> writer) {
      this.name = name;
      this.required = required;
      this.reader = reader;
      this.writer = writer;
    }

    /** Whether the current version has the field, so that it is written; a field it dropped is read only. */
    boolean isCurrent() {
      return lastVersion >= OrgCodecs.FORMAT_VERSION;
    }
  }
}
