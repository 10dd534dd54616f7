package dev.alignkit.json.format;

import static dev.alignkit.json.format.Scalars.BOOLEAN;
import static dev.alignkit.json.format.Scalars.DATE;
import static dev.alignkit.json.format.Scalars.STRING;
import static dev.alignkit.json.format.Scalars.enumOf;

import dev.alignkit.org.Waiver;
import dev.alignkit.policy.Severity;
import dev.alignkit.rules.Finding;
import dev.alignkit.rules.ItemPath;
import dev.alignkit.rules.Report;
import dev.alignkit.rules.WaivedFinding;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON objects of a validation's results: a {@link Report}, its findings and the findings
 * waivers moved aside. A finding's path is written as its text ({@code path}) and as its segments
 * ({@code pathSegments}), which a reader may check against each other; its message and suggestion
 * are rendered only for a writer with a {@code Locale}, beside its code and arguments, never
 * instead of them.
 */
public final class ReportCodecs {
  private ReportCodecs() {}

  /** A path as its text form, such as {@code objectives[o-42].keyResults[kr-3].target}. */
  static final ValueCodec<ItemPath> PATH = new ValueCodec<>() {
    @Override
    public ItemPath read(JsonIn in) {
      String text = STRING.read(in);
      try {
        return ItemPath.parse(text);
      } catch (IllegalArgumentException e) {
        throw in.error(e.getMessage());
      }
    }

    @Override
    public void write(ItemPath value, JsonOut out) {
      out.string(value.toString());
    }
  };

  /** A path as the array of its segments, each {@code {"name": ..., "id": ...}}, the id only for an item. */
  static final ValueCodec<ItemPath> PATH_SEGMENTS = new ValueCodec<>() {
    @Override
    public ItemPath read(JsonIn in) {
      if (in.token() != Token.START_ARRAY) {
        throw in.expected("an array of path segments");
      }
      ItemPath path = null;
      while (in.next() != Token.END_ARRAY) {
        path = segment(in, path);
      }
      if (path == null) {
        throw in.error("a path has at least one segment");
      }
      return path;
    }

    /** Reads one segment and returns {@code before} followed by it. */
    private ItemPath segment(JsonIn in, @Nullable ItemPath before) {
      if (in.token() != Token.START_OBJECT) {
        throw in.expected("a path segment, an object with a name and, for an item, an id");
      }
      String name = null;
      String id = null;
      while (in.next() == Token.FIELD_NAME) {
        String field = in.fieldName();
        in.next();
        if (field.equals("name") && name == null) {
          name = STRING.read(in);
        } else if (field.equals("id") && id == null) {
          id = in.token() == Token.VALUE_NULL ? null : STRING.read(in);
        } else if (field.equals("name") || field.equals("id")) {
          throw in.error("duplicate field " + Strings.quote(field));
        } else {
          in.skip();
        }
      }
      if (name == null) {
        throw in.error("missing required field name of a path segment");
      }
      try {
        if (before == null) {
          return id == null ? ItemPath.root(name) : ItemPath.item(name, id);
        }
        return id == null ? before.field(name) : before.child(name, id);
      } catch (IllegalArgumentException e) {
        throw in.error(e.getMessage());
      }
    }

    @Override
    public void write(ItemPath value, JsonOut out) {
      out.startArray();
      for (ItemPath.Segment segment : value.segments()) {
        out.startObject();
        out.name("name");
        out.string(segment.name());
        if (segment.id().isPresent()) {
          out.name("id");
          out.string(segment.id().get());
        }
        out.endObject();
      }
      out.endArray();
    }
  };

  public static final ResultCodec<Finding, Finding.Builder> FINDING =
      ResultCodec.<Finding, Finding.Builder>of(Finding.class, "finding", Finding::builder, Finding.Builder::build)
          .required("code", STRING, Finding::code, (b, v) -> b.code(v))
          .required("severity", enumOf(Severity.class), Finding::severity, (b, v) -> b.severity(v))
          .required("path", PATH, Finding::path, (b, v) -> b.path(v))
          .derived("pathSegments", PATH_SEGMENTS, Finding::path)
          .required("subjectId", STRING, Finding::subjectId, (b, v) -> b.subjectId(v))
          .optional("personId", STRING, Finding::personId, (b, v) -> b.personId(v))
          .map("arguments", Scalars.TEXTS_BY_NAME, Finding::arguments, (b, v) -> b.arguments(v))
          .defaulted("subjectVisibility", OkrCodecs.VISIBILITY, Finding::subjectVisibility,
              (b, v) -> b.subjectVisibility(v))
          .optional("suggestionKey", STRING, Finding::suggestionKey, (b, v) -> b.suggestionKey(v))
          .list("advice", AdviceCodecs.SUGGESTION, Finding::advice, (b, v) -> b.advice(v))
          .rendered("message", (finding, texts) -> texts.message(finding))
          .rendered("suggestion", (finding, texts) -> texts.suggestion(finding))
          .build();

  public static final ResultCodec<WaivedFinding, WaivedDraft> WAIVED_FINDING =
      ResultCodec.<WaivedFinding, WaivedDraft>of(WaivedFinding.class, "waived finding", WaivedDraft::new,
              WaivedDraft::build)
          .required("finding", FINDING, WaivedFinding::finding, (d, v) -> d.finding = v)
          .required("waiver", OrgCodecs.WAIVER, WaivedFinding::waiver, (d, v) -> d.waiver = v)
          .build();

  public static final ResultCodec<Report, ReportDraft> REPORT =
      ResultCodec.<Report, ReportDraft>of(Report.class, "report", ReportDraft::new, ReportDraft::build)
          .required("asOf", DATE, Report::asOf, (d, v) -> d.asOf = v)
          .derived("valid", BOOLEAN, Report::isValid)
          .list("findings", FINDING, Report::findings, (d, v) -> d.findings = v)
          .list("waived", WAIVED_FINDING, Report::waived, (d, v) -> d.waived = v)
          .build();

  /** A waived finding being read. */
  static final class WaivedDraft {
    @Nullable Finding finding;
    @Nullable Waiver waiver;

    WaivedFinding build() {
      return WaivedFinding.of(finding, waiver);
    }
  }

  /** A report being read. */
  static final class ReportDraft {
    @Nullable LocalDate asOf;
    List<Finding> findings = List.of();
    List<WaivedFinding> waived = List.of();

    Report build() {
      return Report.of(asOf, findings, waived);
    }
  }
}
