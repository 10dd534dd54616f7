package dev.alignkit.json.format;

import dev.alignkit.common.DuplicateIdException;
import dev.alignkit.common.HasAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The JSON object of one model type, described as a table of fields: each field has a name, says
 * whether it is required, how to read its value into the type's builder and how to write it from
 * a value. One generic reader and writer walk the table.
 *
 * <p>Reading dispatches known names, keeps unknown ones as attributes in document order, treats
 * {@code null} as an absent value, reports a missing required field or a repeated one, and
 * translates what the model's {@code build()} rejects into an error at the field it names. The
 * table (a {@link FieldTable}) also says in which version each field is new, so that an older
 * document's attribute of that name is promoted to the field, which are required in version 1
 * only, and which fields older versions had and the current one rejects (read from an older
 * document only); see {@link ReadContext} for documents that give their version late.
 * Writing puts the known fields of the current version in table order (optional ones only when
 * present, collections only when not empty) and the attributes after them.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public final class ObjectCodec<T extends HasAttributes, B> implements TypeCodec<T> {
  /** How many positions after the last field read {@link #positionOf} tries before the map. */
  private static final int LOOKAHEAD = 4;
  private final Class<T> type;
  private final String kind;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final BiConsumer<B, Map<String, String>> setAttributes;
  private final List<FieldTable.Field<T, B>> fields;
  private final Map<String, FieldTable.Field<T, B>> byName = new LinkedHashMap<>();
  /** The names of the fields of the current version, in writing order. */
  private final Set<String> currentNames;
  /** The position of each field in {@link #fields}: its bit in the mask of fields read. */
  private final Map<String, Integer> positions = new HashMap<>();
  /** The name of the field at each position. */
  private final String[] names;
  /** The bits of the required fields, and of those required in a version 1 document only. */
  private final long required;
  private final long requiredInVersionOne;
  /** The position of the field that names an item of this type in an array (see {@link FieldTable#key}), or -1. */
  private final int keyPosition;
  private final boolean root;
  private final @Nullable Check<B> check;
  private final @Nullable After<T> after;

  private ObjectCodec(FieldTable<T, B, ?> builder) {
    this.type = builder.type;
    this.kind = builder.kind;
    this.newBuilder = builder.newBuilder;
    this.build = builder.build;
    this.setAttributes = java.util.Objects.requireNonNull(builder.setAttributes, "setAttributes");
    this.fields = List.copyOf(builder.fields);
    if (fields.size() > Long.SIZE) {
      throw new IllegalStateException("the " + kind + " has more than " + Long.SIZE + " fields");
    }
    Set<String> current = new LinkedHashSet<>();
    this.names = new String[fields.size()];
    long requiredBits = 0;
    long versionOneBits = 0;
    for (int i = 0; i < fields.size(); i++) {
      names[i] = fields.get(i).name;
      requiredBits |= fields.get(i).required ? 1L << i : 0;
      versionOneBits |= fields.get(i).requiredInVersionOne ? 1L << i : 0;
      byName.put(fields.get(i).name, fields.get(i));
      positions.put(fields.get(i).name, i);
      if (fields.get(i).isCurrent()) {
        current.add(fields.get(i).name);
      }
    }
    this.currentNames = Collections.unmodifiableSet(current);
    this.required = requiredBits;
    this.requiredInVersionOne = versionOneBits;
    this.keyPosition = builder.keyField == null ? -1 : positions.get(builder.keyField);
    this.root = builder.root;
    this.check = builder.check;
    this.after = builder.after;
  }

  /** Starts the table of a type named {@code kind} in messages, such as {@code "key result"}. */
  static <T extends HasAttributes, B> FieldTable<T, B, ObjectCodec<T, B>> of(Class<T> type, String kind,
      Supplier<B> newBuilder, Function<B, T> build, BiConsumer<B, Map<String, String>> setAttributes) {
    return new FieldTable<>(type, kind, newBuilder, build, setAttributes, ObjectCodec::new);
  }

  /** The model type. */
  @Override
  public Class<T> type() {
    return type;
  }

  /** The type's name in messages, such as {@code key result}. */
  @Override
  public String kind() {
    return kind;
  }

  /** The names of the fields of the current version, in writing order. */
  public Set<String> fieldNames() {
    return currentNames;
  }

  /**
   * The names attributes may not use: the fields of the current version and those older versions
   * had, such as an objective's {@code alignment}.
   */
  public Set<String> reservedNames() {
    return Collections.unmodifiableSet(byName.keySet());
  }

  /** Whether this is the document's root type. */
  @Override
  public boolean isRoot() {
    return root;
  }

  /** Whether {@code name} is a required field. */
  public boolean isRequired(String name) {
    FieldTable.Field<T, B> field = byName.get(name);
    return field != null && field.required;
  }

  @Override
  public T read(JsonIn in) {
    if (in.token() != Token.START_OBJECT) {
      throw in.expected("an object (" + kind + ")");
    }
    long start = in.location();
    long outer = in.mark();
    int self = in.enterObject(start);
    B builder = newBuilder.get();
    long read = 0;
    long present = 0;
    Map<String, String> attributes = null;
    int expected = 0;
    while (in.next() == Token.FIELD_NAME) {
      String name = in.fieldName();
      int position = positionOf(name, expected);
      long bit = position < 0 ? 0 : 1L << position;
      if ((read & bit) != 0 || position < 0 && attributes != null && attributes.containsKey(name)) {
        throw in.duplicateField(name);
      }
      read |= bit;
      if (position < 0) {
        Attributes.checkName(in, name);
      } else {
        expected = position + 1;
      }
      in.next();
      in.field(self, name, in.location());
      if (position < 0) {
        if (attributes == null) {
          attributes = new LinkedHashMap<>();
        }
        attributes.put(name, Attributes.read(in));
        continue;
      }
      FieldTable.Field<T, B> field = fields.get(position);
      if (in.token() == Token.VALUE_NULL) {
        if (field.required) {
          throw in.error("required field " + name + " must not be null");
        }
        if (field.requiredInVersionOne && in.context().mayBeVersionOne()) {
          in.context().rejectedByVersionOne(in.error("required field " + name + " must not be null"));
        }
      } else {
        present |= bit;
        int version = in.context().version();
        if (!field.isCurrent()) {
          readFormer(in, field, builder);
        } else if (version != ReadContext.UNKNOWN_VERSION && version < field.since && !in.context().isPromoting()) {
          readPromoted(in, field, builder, version);
        } else {
          field.reader.accept(in, builder);
        }
        // After the value is read, so that the key is the string its reader made (a scalar's
        // reader leaves the parser on it).
        if (position == keyPosition && in.token() == Token.VALUE_STRING) {
          in.key(self, in.text());
        }
      }
    }
    in.leave(outer);
    long missingBits = required & ~read;
    if ((requiredInVersionOne & ~read) != 0 && in.context().mayBeVersionOne()) {
      missingBits |= requiredInVersionOne & ~read;
    }
    // In table order, as the fields are listed; most objects miss none.
    for (int i = 0; missingBits != 0 && i < fields.size(); i++) {
      FieldTable.Field<T, B> field = fields.get(i);
      if ((missingBits & (1L << i)) != 0) {
        FormatException missing = JsonIn.error(in.pointerOf(self), start, "missing required field " + field.name,
            null);
        if (field.required) {
          throw missing;
        }
        in.context().rejectedByVersionOne(missing);
      }
    }
    if (attributes != null) {
      setAttributes.accept(builder, attributes);
    }
    Presence presence = check == null && after == null ? null : new Presence(present, positions, in, self, start);
    if (check != null) {
      check.check(presence, builder);
    }
    T value;
    try {
      value = build.apply(builder);
    } catch (DuplicateIdException e) {
      throw BuildFailures.duplicate(e, in, in.pointerOf(self), start, root);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw BuildFailures.rejected(e, in, in.pointerOf(self), start, in.fieldsOf(self), root);
    }
    return after == null ? value : after.after(presence, value);
  }

  /**
   * The position of field {@code name}, or -1 for a name the table does not know. A document
   * written by {@link #write} has its fields in table order, some optional ones left out, so the
   * few positions from {@code from} on are tried before the map.
   */
  private int positionOf(String name, int from) {
    for (int i = from, end = Math.min(from + LOOKAHEAD, names.length); i < end; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    Integer position = positions.get(name);
    return position == null ? -1 : position;
  }

  /**
   * Reads a field new in a version later than the document's {@code version}, which the document
   * holds as a vendor attribute: the attribute becomes the field when its value is valid for it,
   * else reading fails at it. What the attribute holds is read as the newer version has it: the
   * links of a version 2 objective's {@code alignments} attribute may name their {@code parentKind}.
   */
  private void readPromoted(JsonIn in, FieldTable.Field<T, B> field, B builder, int version) {
    in.context().promoting(true);
    try {
      field.reader.accept(in, builder);
    } catch (FormatException e) {
      throw new FormatException(e.kind(), e.pointer(), e.line(), e.column(), "attribute "
          + Strings.quote(field.name) + " of this formatVersion " + version + " " + kind + " becomes its field "
          + field.name + " (new in formatVersion " + field.since + ") and must be valid for it: " + e.problem(), e);
    } finally {
      in.context().promoting(false);
    }
  }

  /**
   * Reads a field that the current version dropped, such as an objective's single
   * {@code alignment}: as the older versions read it when the document is of one of them, an error
   * at it when the document is of a later one. While the version is unknown it is read, and the
   * error kept for a later version ({@link ReadContext#rejectedAfter}).
   */
  private void readFormer(JsonIn in, FieldTable.Field<T, B> field, B builder) {
    int version = in.context().version();
    if (version > field.lastVersion || version == ReadContext.UNKNOWN_VERSION
        && !in.context().keepsLaterVersionFailure()) {
      FormatException rejected = in.error(field.name + " is a field of formatVersion "
          + OrgCodecs.versions(OrgCodecs.OLDEST_FORMAT_VERSION, field.lastVersion) + " only: in formatVersion "
          + (version > field.lastVersion ? version : field.lastVersion + 1) + " " + field.replacedBy);
      if (version > field.lastVersion) {
        throw rejected;
      }
      in.context().rejectedAfter(field.lastVersion, rejected);
    }
    field.reader.accept(in, builder);
  }

  /** Which fields of the object just read had a value, and where the object is, for {@link Check} and {@link After}. */
  static final class Presence {
    private final long present;
    private final Map<String, Integer> positions;
    private final JsonIn in;
    private final int self;
    private final long start;

    private Presence(long present, Map<String, Integer> positions, JsonIn in, int self, long start) {
      this.present = present;
      this.positions = positions;
      this.in = in;
      this.self = self;
      this.start = start;
    }

    /** Whether field {@code name} was given a value other than {@code null}. */
    boolean has(String name) {
      Integer position = positions.get(name);
      return position != null && (present & (1L << position)) != 0;
    }

    /** What is known of the document being read. */
    ReadContext context() {
      return in.context();
    }

    /** An error about the whole object. */
    FormatException error(String problem) {
      return JsonIn.error(in.pointerOf(self), start, problem, null);
    }
  }

  /** A step after the fields are read and before the value is built, such as a check of fields that go together. */
  interface Check<B> {
    void check(Presence presence, B builder);
  }

  /** A step after the value is built, which may replace it, such as dating a check-in in the document's zone. */
  interface After<T> {
    T after(Presence presence, T value);
  }

  @Override
  public void write(T value, JsonOut out) {
    out.startObject();
    Map<String, String> attributes = value.attributes();
    List<String> normalized = new ArrayList<>(attributes.size());
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      FieldTable.Field<T, B> field = byName.get(attribute.getKey());
      if (field != null) {
        throw out.error("attribute " + Strings.quote(attribute.getKey()) + " of the " + kind
            + (field.isCurrent() ? " has the name of a field" : " has the name of a field of formatVersion "
                + OrgCodecs.versions(OrgCodecs.OLDEST_FORMAT_VERSION, field.lastVersion))
            + "; field names are reserved: " + byName.keySet());
      }
      try {
        normalized.add(out.normalize(attribute.getValue()));
      } catch (IllegalArgumentException e) {
        throw out.error("attribute " + Strings.quote(attribute.getKey()) + " of the " + kind
            + " is not one JSON value: " + e.getMessage());
      }
    }
    for (FieldTable.Field<T, B> field : fields) {
      field.writer.accept(value, out);
    }
    int i = 0;
    for (String name : attributes.keySet()) {
      out.name(name);
      out.raw(normalized.get(i++));
    }
    out.endObject();
  }
}
