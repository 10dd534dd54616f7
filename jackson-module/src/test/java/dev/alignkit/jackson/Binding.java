package dev.alignkit.jackson;

import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.json.JsonLinesResult;
import dev.alignkit.json.PersonBundle;
import dev.alignkit.org.OrganizationSnapshot;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The binding under test, so that one test corpus runs against both: this module's tests run it
 * on Jackson 2 ({@link Jackson2Binding}), and {@code alignkit-jackson3} runs the same test classes,
 * from this module's test-jar, on Jackson 3 with the system property {@code alignkit.binding} naming
 * its implementation. Each method is the facade's method of the same name.
 */
public interface Binding {
  /** The binding the system property {@code alignkit.binding} names, Jackson 2's by default. */
  static Binding current() {
    return Holder.CURRENT;
  }

  /** "Jackson 2" or "Jackson 3". */
  String name();

  /** {@code AlignkitJson.reader()}. */
  Reader reader();

  /** {@code AlignkitJson.withLimits(limits)}. */
  Reader withLimits(JsonLimits limits);

  default OrganizationSnapshot fromJson(String json) {
    return reader().fromJson(json);
  }

  default OrganizationSnapshot read(InputStream in) {
    return reader().read(in);
  }

  default OrganizationSnapshot read(Path path) {
    return reader().read(path);
  }

  String toJson(OrganizationSnapshot snapshot);

  void write(OrganizationSnapshot snapshot, OutputStream out);

  void write(OrganizationSnapshot snapshot, Path path);

  /** {@code AlignkitJson.jsonSchema()}. */
  String jsonSchema();

  /** {@code ResultJson.toJson(result)}. */
  String resultToJson(Object result);

  /** {@code ResultJson.toJson(result, locale)}. */
  String resultToJson(Object result, Locale locale);

  /** {@code ResultJson.fromJson(json, type)}. */
  <T> T resultFromJson(String json, Class<T> type);

  /** {@code ResultJson.jsonSchema()}. */
  String resultSchema();

  /** Reads {@code json} as {@code type} with a plain mapper that has only the module registered. */
  <T> T readWithModuleOnly(String json, Class<T> type);

  /** Writes {@code value} with a mapper that found the module as any module is found, compact. */
  String writeWithFoundModules(Object value);

  /** Reads {@code json} with a mapper that found the module as any module is found. */
  <T> T readWithFoundModules(String json, Class<T> type);

  /** Writes {@code value} with {@code ResultJson.writer(mapper, locale)} of a mapper that found the module. */
  String writeRenderedWithFoundModules(Object value, Locale locale);

  /** Reads {@code json} as a list of people with the facade's mapper, as a caller's own type that holds them. */
  List<?> readPeopleWithFacadeMapper(String json);

  /**
   * Reads {@code json} with the facade's mapper on which permissive default typing is turned on,
   * its type ids as wrapper arrays or, if not {@code wrapperArrays}, as {@code "@class"} properties.
   */
  OrganizationSnapshot readWithDefaultTyping(String json, boolean wrapperArrays);

  /** Whether the facade's mapper has no default typing, for reading and for writing. */
  boolean facadeMapperHasNoDefaultTyping();

  /** {@code JsonLinesReader.readSnapshot(in, limits, mode)}. */
  JsonLinesResult readLines(InputStream in, JsonLimits limits, ErrorMode mode);

  /** {@code JsonLinesReader.readSnapshot(file, limits, mode)}. */
  JsonLinesResult readLines(Path file, JsonLimits limits, ErrorMode mode);

  /** {@code JsonLinesReader.of(in, limits, mode)}. */
  LinesReader linesReader(InputStream in, JsonLimits limits, ErrorMode mode);

  /** {@code JsonLinesReader.open(file)}. */
  LinesReader openLines(Path file);

  /** {@code JsonLinesWriter.of(out)}. */
  LinesWriter linesWriter(OutputStream out);

  /** {@code JsonLinesWriter.write(snapshot, file)}. */
  void writeLines(OrganizationSnapshot snapshot, Path file);

  /** A reader of documents with chosen options, as {@code AlignkitJson.Reader}. */
  interface Reader {
    OrganizationSnapshot fromJson(String json);

    OrganizationSnapshot read(InputStream in);

    OrganizationSnapshot read(Path path);

    Reader keepingTypeIdAttributes();

    boolean keepsTypeIdAttributes();

    JsonLimits limits();

    /** The facade reader's own {@code toString()}. */
    @Override
    String toString();

    /** Reads {@code json} with the reader's {@code newObjectMapper()} or {@code newJsonMapper()}. */
    <T> T readWithMapper(String json, Class<T> type);

    /** Writes {@code value} with the reader's {@code newObjectMapper()} or {@code newJsonMapper()}, compact. */
    String writeWithMapper(Object value);
  }

  /** A binding's {@code JsonLinesReader}, through its methods. */
  final class LinesReader implements AutoCloseable {
    private final Supplier<OrganizationSnapshot> organization;
    private final Supplier<Stream<PersonBundle>> people;
    private final Consumer<Consumer<? super PersonBundle>> forEachPerson;
    private final Supplier<List<AlignkitJsonException>> errors;
    private final LongSupplier lineNumber;
    private final Runnable close;

    public LinesReader(Supplier<OrganizationSnapshot> organization, Supplier<Stream<PersonBundle>> people,
        Consumer<Consumer<? super PersonBundle>> forEachPerson, Supplier<List<AlignkitJsonException>> errors,
        LongSupplier lineNumber, Runnable close) {
      this.organization = organization;
      this.people = people;
      this.forEachPerson = forEachPerson;
      this.errors = errors;
      this.lineNumber = lineNumber;
      this.close = close;
    }

    public OrganizationSnapshot organization() {
      return organization.get();
    }

    public Stream<PersonBundle> people() {
      return people.get();
    }

    public void forEachPerson(Consumer<? super PersonBundle> action) {
      forEachPerson.accept(action);
    }

    public List<AlignkitJsonException> errors() {
      return errors.get();
    }

    public long lineNumber() {
      return lineNumber.getAsLong();
    }

    @Override
    public void close() {
      close.run();
    }
  }

  /** A binding's {@code JsonLinesWriter}, through its methods. */
  final class LinesWriter implements AutoCloseable {
    private final Consumer<OrganizationSnapshot> writeOrganization;
    private final Consumer<OrganizationSnapshot> writeSnapshot;
    private final Consumer<PersonBundle> writePerson;
    private final LongSupplier lines;
    private final Runnable close;

    public LinesWriter(Consumer<OrganizationSnapshot> writeOrganization, Consumer<OrganizationSnapshot> writeSnapshot,
        Consumer<PersonBundle> writePerson, LongSupplier lines, Runnable close) {
      this.writeOrganization = writeOrganization;
      this.writeSnapshot = writeSnapshot;
      this.writePerson = writePerson;
      this.lines = lines;
      this.close = close;
    }

    public void writeOrganization(OrganizationSnapshot organization) {
      writeOrganization.accept(organization);
    }

    public void writeSnapshot(OrganizationSnapshot snapshot) {
      writeSnapshot.accept(snapshot);
    }

    public void writePerson(PersonBundle bundle) {
      writePerson.accept(bundle);
    }

    public long lines() {
      return lines.getAsLong();
    }

    @Override
    public void close() {
      close.run();
    }
  }

  /** Holds the binding, made once. */
  final class Holder {
    static final Binding CURRENT = load(System.getProperty("alignkit.binding", Jackson2Binding.class.getName()));

    private Holder() {}

    private static Binding load(String name) {
      try {
        return (Binding) Class.forName(name).getDeclaredConstructor().newInstance();
      } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
          | InvocationTargetException e) {
        throw new IllegalStateException("no binding " + name, e);
      }
    }
  }
}
