package dev.alignkit.jackson.internal;

import com.fasterxml.jackson.core.JsonToken;
import dev.alignkit.common.DuplicateIdException;
import dev.alignkit.common.HasAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The JSON object of one model type, described as a table of fields: each field has a name, says
 * whether it is required, how to read its value into the type's builder and how to write it from
 * a value. One generic reader and writer walk the table.
 *
 * <p>Reading dispatches known names, keeps unknown ones as attributes in document order, treats
 * {@code null} as an absent value, reports a missing required field or a repeated one, and
 * translates what the model's {@code build()} rejects into an error at the field it names.
 * Writing puts the known fields in table order (optional ones only when present, collections only
 * when not empty) and the attributes after them.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public final class ObjectCodec<T extends HasAttributes, B> implements ValueCodec<T> {
  private final Class<T> type;
  private final String kind;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final BiConsumer<B, Map<String, String>> setAttributes;
  private final List<Field<T, B>> fields;
  private final Map<String, Field<T, B>> byName = new LinkedHashMap<>();
  /** The position of each field in {@link #fields}: its bit in the mask of fields read. */
  private final Map<String, Integer> positions = new HashMap<>();
  private final @Nullable String keyField;
  private final boolean root;

  private ObjectCodec(Builder<T, B> builder) {
    this.type = builder.type;
    this.kind = builder.kind;
    this.newBuilder = builder.newBuilder;
    this.build = builder.build;
    this.setAttributes = builder.setAttributes;
    this.fields = List.copyOf(builder.fields);
    if (fields.size() > Long.SIZE) {
      throw new IllegalStateException("the " + kind + " has more than " + Long.SIZE + " fields");
    }
    for (int i = 0; i < fields.size(); i++) {
      byName.put(fields.get(i).name, fields.get(i));
      positions.put(fields.get(i).name, i);
    }
    this.keyField = builder.keyField;
    this.root = builder.root;
  }

  /** Starts the table of a type named {@code kind} in messages, such as {@code "key result"}. */
  static <T extends HasAttributes, B> Builder<T, B> of(Class<T> type, String kind, Supplier<B> newBuilder,
      Function<B, T> build, BiConsumer<B, Map<String, String>> setAttributes) {
    return new Builder<>(type, kind, newBuilder, build, setAttributes);
  }

  /** The model type. */
  public Class<T> type() {
    return type;
  }

  /** The type's name in messages, such as {@code key result}. */
  public String kind() {
    return kind;
  }

  /** The names of the known fields, in writing order; attributes may not use them. */
  public Set<String> fieldNames() {
    return byName.keySet();
  }

  /** Whether {@code name} is a required field. */
  public boolean isRequired(String name) {
    Field<T, B> field = byName.get(name);
    return field != null && field.required;
  }

  @Override
  public T read(JsonIn in) {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.expected("an object (" + kind + ")");
    }
    long start = in.location();
    long outer = in.mark();
    int self = in.enterObject(start);
    B builder = newBuilder.get();
    long read = 0;
    Map<String, String> attributes = null;
    while (in.next() == JsonToken.FIELD_NAME) {
      String name = in.fieldName();
      Integer position = positions.get(name);
      long bit = position == null ? 0 : 1L << position;
      if ((read & bit) != 0 || position == null && attributes != null && attributes.containsKey(name)) {
        throw in.error("duplicate field " + Strings.quote(name));
      }
      read |= bit;
      in.next();
      in.field(self, name, in.location());
      if (position == null) {
        if (attributes == null) {
          attributes = new LinkedHashMap<>();
        }
        attributes.put(name, Attributes.read(in));
        continue;
      }
      Field<T, B> field = fields.get(position);
      if (in.token() == JsonToken.VALUE_NULL) {
        if (field.required) {
          throw in.error("required field " + name + " must not be null");
        }
      } else {
        if (name.equals(keyField) && in.token() == JsonToken.VALUE_STRING) {
          in.key(self, in.text());
        }
        field.reader.accept(in, builder);
      }
    }
    in.leave(outer);
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).required && (read & (1L << i)) == 0) {
        throw JsonIn.error(in.pointerOf(self), start, "missing required field " + fields.get(i).name, null);
      }
    }
    if (attributes != null) {
      setAttributes.accept(builder, attributes);
    }
    try {
      return build.apply(builder);
    } catch (DuplicateIdException e) {
      throw BuildFailures.duplicate(e, in, in.pointerOf(self), start, root);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw BuildFailures.rejected(e, in, in.pointerOf(self), start, in.fieldsOf(self), root);
    }
  }

  @Override
  public void write(T value, JsonOut out) {
    out.startObject();
    Map<String, String> attributes = value.attributes();
    List<String> normalized = new ArrayList<>(attributes.size());
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      if (byName.containsKey(attribute.getKey())) {
        throw out.error("attribute " + Strings.quote(attribute.getKey()) + " of the " + kind
            + " has the name of a field; field names are reserved: " + byName.keySet());
      }
      try {
        normalized.add(Attributes.normalize(attribute.getValue()));
      } catch (IllegalArgumentException e) {
        throw out.error("attribute " + Strings.quote(attribute.getKey()) + " of the " + kind
            + " is not one JSON value: " + e.getMessage());
      }
    }
    for (Field<T, B> field : fields) {
      field.writer.accept(value, out);
    }
    int i = 0;
    for (String name : attributes.keySet()) {
      out.name(name);
      out.raw(normalized.get(i++));
    }
    out.endObject();
  }

  /** One field of the table. */
  private static final class Field<T, B> {
    final String name;
    final boolean required;
    final BiConsumer<JsonIn, B> reader;
    final BiConsumer<T, JsonOut> writer;

    Field(String name, boolean required, BiConsumer<JsonIn, B> reader, BiConsumer<T, JsonOut> writer) {
      this.name = name;
      this.required = required;
      this.reader = reader;
      this.writer = writer;
    }
  }

  /** Collects the fields of a table, in writing order. */
  static final class Builder<T extends HasAttributes, B> {
    private final Class<T> type;
    private final String kind;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final BiConsumer<B, Map<String, String>> setAttributes;
    private final List<Field<T, B>> fields = new ArrayList<>();
    private @Nullable String keyField;
    private boolean root;

    private Builder(Class<T> type, String kind, Supplier<B> newBuilder, Function<B, T> build,
        BiConsumer<B, Map<String, String>> setAttributes) {
      this.type = type;
      this.kind = kind;
      this.newBuilder = newBuilder;
      this.build = build;
      this.setAttributes = setAttributes;
    }

    /** A field that must be present and is always written. */
    <V> Builder<T, B> required(String name, ValueCodec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(name, true, codec, get, set);
    }

    /** A {@code @Value.Default} field: optional when reading, always written so the document is explicit. */
    <V> Builder<T, B> defaulted(String name, ValueCodec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(name, false, codec, get, set);
    }

    private <V> Builder<T, B> add(String name, boolean required, ValueCodec<V> codec, Function<T, V> get,
        BiConsumer<B, V> set) {
      fields.add(new Field<>(name, required, (in, b) -> set.accept(b, codec.read(in)), (value, out) -> {
        out.name(name);
        codec.write(get.apply(value), out);
      }));
      return this;
    }

    /** An {@code Optional} field, written only when present. */
    <V> Builder<T, B> optional(String name, ValueCodec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
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
    Builder<T, B> optionalDouble(String name, Function<T, OptionalDouble> get, ObjDoubleConsumer<B> set) {
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
    Builder<T, B> optionalInt(String name, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
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
    <V> Builder<T, B> list(String name, ValueCodec<V> element, Function<T, ? extends Collection<V>> get,
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
    <M extends Map<?, ?>> Builder<T, B> map(String name, ValueCodec<M> codec, Function<T, M> get,
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
    Builder<T, B> custom(String name, boolean required, BiConsumer<JsonIn, B> reader, BiConsumer<T, JsonOut> writer) {
      fields.add(new Field<>(name, required, reader, writer));
      return this;
    }

    /**
     * Names the field that the model's error places use to name an item of this type in an
     * array, such as {@code id} in {@code objectives[o-1]} or {@code skillId} in
     * {@code expectations[empathy]}.
     */
    Builder<T, B> key(String name) {
      this.keyField = name;
      return this;
    }

    /** Marks the document's root type, whose error places start at the root. */
    Builder<T, B> root() {
      this.root = true;
      return this;
    }

    ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}
