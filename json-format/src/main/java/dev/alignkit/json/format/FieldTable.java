package dev.alignkit.json.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The table of one type's fields as {@link ObjectCodec#of} (a model type) or {@link ResultCodec#of}
 * (a result type) starts it: each field in writing order, with how to read it into the type's
 * builder and how to write it, plus the steps around building that some types need.
 * {@link #build()} makes the codec.
 *
 * @param <T> the model type
 * @param <B> its builder
 * @param <C> the codec the table makes
 */
public final class FieldTable<T, B, C> {
  final Class<T> type;
  final String kind;
  final Supplier<B> newBuilder;
  final Function<B, T> build;
  /** How a model type takes its attributes; null for a result type, which has none. */
  final @Nullable BiConsumer<B, Map<String, String>> setAttributes;
  private final Function<FieldTable<T, B, C>, C> make;
  final List<Field<T, B>> fields = new ArrayList<>();
  @Nullable String keyField;
  boolean root;
  ObjectCodec.@Nullable Check<B> check;
  ObjectCodec.@Nullable After<T> after;

  FieldTable(Class<T> type, String kind, Supplier<B> newBuilder, Function<B, T> build,
      @Nullable BiConsumer<B, Map<String, String>> setAttributes, Function<FieldTable<T, B, C>, C> make) {
    this.type = type;
    this.kind = kind;
    this.newBuilder = newBuilder;
    this.build = build;
    this.setAttributes = setAttributes;
    this.make = make;
  }

  /** A field that must be present and is always written. */
  <V> FieldTable<T, B, C> required(String name, ValueCodec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return add(name, true, codec, get, set);
  }

  /** A {@code @Value.Default} field: optional when reading, always written so the document is explicit. */
  <V> FieldTable<T, B, C> defaulted(String name, ValueCodec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return add(name, false, codec, get, set);
  }

  private <V> FieldTable<T, B, C> add(String name, boolean required, ValueCodec<V> codec, Function<T, V> get,
      BiConsumer<B, V> set) {
    fields.add(new Field<>(name, required, (in, b) -> set.accept(b, codec.read(in)), (value, out) -> {
      out.name(name);
      codec.write(get.apply(value), out);
    }));
    return this;
  }

  /** A {@code double} field that must be present and is always written; read without boxing. */
  FieldTable<T, B, C> requiredDouble(String name, ToDoubleFunction<T> get, ObjDoubleConsumer<B> set) {
    return addDouble(name, true, get, set);
  }

  /** A {@code @Value.Default} {@code double} field: optional when reading, always written; read without boxing. */
  FieldTable<T, B, C> defaultedDouble(String name, ToDoubleFunction<T> get, ObjDoubleConsumer<B> set) {
    return addDouble(name, false, get, set);
  }

  private FieldTable<T, B, C> addDouble(String name, boolean required, ToDoubleFunction<T> get,
      ObjDoubleConsumer<B> set) {
    fields.add(new Field<>(name, required, (in, b) -> set.accept(b, Scalars.readDouble(in)), (value, out) -> {
      out.name(name);
      out.number(get.applyAsDouble(value));
    }));
    return this;
  }

  /** An {@code Optional} field, written only when present. */
  <V> FieldTable<T, B, C> optional(String name, ValueCodec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
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
  FieldTable<T, B, C> optionalDouble(String name, Function<T, OptionalDouble> get, ObjDoubleConsumer<B> set) {
    fields.add(new Field<>(name, false, (in, b) -> set.accept(b, Scalars.readDouble(in)), (value, out) -> {
      OptionalDouble present = get.apply(value);
      if (present.isPresent()) {
        out.name(name);
        out.number(present.getAsDouble());
      }
    }));
    return this;
  }

  /** An {@code OptionalInt} field, written only when present. */
  FieldTable<T, B, C> optionalInt(String name, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
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
  <V> FieldTable<T, B, C> list(String name, ValueCodec<V> element, Function<T, ? extends Collection<V>> get,
      BiConsumer<B, List<V>> set) {
    ValueCodec<List<V>> codec = Scalars.listOf(element);
    return array(name, element, get, (in, b) -> set.accept(b, codec.read(in)));
  }

  /**
   * A list or set read element by element into the builder with {@code add} (such as a builder's
   * {@code addCheckIn}), so that no list is made only to be copied into the builder's own; written
   * as an array only when not empty. For the arrays a large document holds many of.
   */
  <V> FieldTable<T, B, C> each(String name, ValueCodec<V> element, Function<T, ? extends Collection<V>> get,
      BiConsumer<B, V> add) {
    return array(name, element, get, (in, b) -> Scalars.readEach(in, element, b, add));
  }

  private <V> FieldTable<T, B, C> array(String name, ValueCodec<V> element, Function<T, ? extends Collection<V>> get,
      BiConsumer<JsonIn, B> reader) {
    fields.add(new Field<>(name, false, reader, (value, out) -> {
      Collection<V> values = get.apply(value);
      if (!values.isEmpty()) {
        out.name(name);
        Scalars.writeAll(values, element, out);
      }
    }));
    return this;
  }

  /** A map, written as an object only when not empty. */
  <M extends Map<?, ?>> FieldTable<T, B, C> map(String name, ValueCodec<M> codec, Function<T, M> get,
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
  FieldTable<T, B, C> custom(String name, boolean required, BiConsumer<JsonIn, B> reader, BiConsumer<T, JsonOut> writer) {
    fields.add(new Field<>(name, required, reader, writer));
    return this;
  }

  /**
   * Names the field that the model's error places use to name an item of this type in an
   * array, such as {@code id} in {@code objectives[o-1]} or {@code skillId} in
   * {@code expectations[empathy]}.
   */
  FieldTable<T, B, C> key(String name) {
    this.keyField = name;
    return this;
  }

  /**
   * A field that versions up to {@code lastVersion} have and later ones do not, such as an
   * objective's single {@code alignment}: read from a document of those versions, rejected at its
   * value in a later one (with {@code replacedBy} saying what took its place), never written. Its
   * name stays reserved, so that no attribute of that name can be written.
   */
  <V> FieldTable<T, B, C> former(String name, int lastVersion, String replacedBy, ValueCodec<V> codec,
      BiConsumer<B, V> set) {
    Field<T, B> field = new Field<>(name, false, (in, b) -> set.accept(b, codec.read(in)), (value, out) -> { });
    field.lastVersion = lastVersion;
    field.replacedBy = replacedBy;
    fields.add(field);
    return this;
  }

  /** Marks the field added last as required in a version 1 document, optional since version 2. */
  FieldTable<T, B, C> requiredInVersionOne() {
    fields.get(fields.size() - 1).requiredInVersionOne = true;
    return this;
  }

  /**
   * Marks the field added last as new in {@code version}: a document of an earlier version holds
   * it as a vendor attribute, which is read as the field (promoted) when valid for it, and fails
   * otherwise.
   */
  FieldTable<T, B, C> newIn(int version) {
    fields.get(fields.size() - 1).since = version;
    return this;
  }

  /** Sets the step run once the fields are read, before the value is built. */
  FieldTable<T, B, C> check(ObjectCodec.Check<B> check) {
    this.check = check;
    return this;
  }

  /** Sets the step run once the value is built, which may replace it. */
  FieldTable<T, B, C> after(ObjectCodec.After<T> after) {
    this.after = after;
    return this;
  }

  /** Marks the document's root type, whose error places start at the root. */
  FieldTable<T, B, C> root() {
    this.root = true;
    return this;
  }

  /**
   * A text rendered for a reader in the writer's {@code Locale}, such as a finding's
   * {@code message}: written only when the writer is given texts ({@link JsonOut#texts()}), and
   * then only when {@code text} gives one; read back as a string and dropped, since the value
   * holds what the text is rendered from.
   */
  FieldTable<T, B, C> rendered(String name, BiFunction<T, Texts, Optional<String>> text) {
    Field<T, B> field = new Field<>(name, false, (in, b) -> Scalars.STRING.read(in), (value, out) -> {
      Texts texts = out.texts();
      Optional<String> rendered = texts == null ? Optional.empty() : text.apply(value, texts);
      if (rendered.isPresent()) {
        out.name(name);
        out.string(rendered.get());
      }
    });
    field.rendered = true;
    fields.add(field);
    return this;
  }

  /**
   * A value the type computes from its other fields, such as a report's {@code valid}: always
   * written, for readers that do not compute it; when read, it must be what the value read
   * computes, else reading fails at it.
   */
  <V> FieldTable<T, B, C> derived(String name, ValueCodec<V> codec, Function<T, V> get) {
    Field<T, B> field = new Field<>(name, false, (in, b) -> { }, (value, out) -> {
      out.name(name);
      codec.write(get.apply(value), out);
    });
    field.derived = new Derived<>(codec, get);
    fields.add(field);
    return this;
  }

  C build() {
    return make.apply(this);
  }

  /** How a derived field is read and computed. */
  static final class Derived<T, V> {
    final ValueCodec<V> codec;
    final Function<T, V> get;

    Derived(ValueCodec<V> codec, Function<T, V> get) {
      this.codec = codec;
      this.get = get;
    }
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
    /** A text written only for a writer with texts, and dropped when read. */
    boolean rendered;
    /** For a value computed from the other fields: how to read it and compute it; null otherwise. */
    @Nullable Derived<T, ?> derived;

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
