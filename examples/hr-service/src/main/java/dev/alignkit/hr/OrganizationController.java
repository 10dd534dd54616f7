package dev.alignkit.hr;

import dev.alignkit.hr.ServiceProblems.NotAllowedException;
import dev.alignkit.hr.ServiceProblems.TooLargeException;
import dev.alignkit.hr.Viewers.Seen;
import dev.alignkit.jackson.AlignkitJson;
import dev.alignkit.jackson.JsonLinesReader;
import dev.alignkit.json.AlignkitJsonException;
import dev.alignkit.json.ErrorMode;
import dev.alignkit.json.JsonLimits;
import dev.alignkit.okr.Alignment;
import dev.alignkit.okr.CheckIn;
import dev.alignkit.okr.KeyResult;
import dev.alignkit.okr.Objective;
import dev.alignkit.okr.OwnerKind;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import dev.alignkit.policy.Severity;
import dev.alignkit.progress.KeyResultRollup;
import dev.alignkit.progress.ObjectiveRollup;
import dev.alignkit.progress.Rollup;
import dev.alignkit.rules.FindingSink;
import dev.alignkit.rules.Validator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An organization as a whole: import it, read its objectives with their progress, and record
 * check-ins on its key results.
 */
@RestController
@RequestMapping("/organizations/{organizationId}")
class OrganizationController {
  /** The media type of JSON Lines, and another name it goes by. */
  static final String NDJSON = "application/x-ndjson";
  static final String JSONL = "application/jsonl";

  private static final Pattern ORGANIZATION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private final Organizations organizations;
  private final Viewers viewers;
  private final Validator validator;
  private final long maxImportBytes;
  private final AlignkitJson.Reader documents;
  private final JsonLimits lineLimits;

  OrganizationController(Organizations organizations, Viewers viewers, Validator validator, HrProperties properties) {
    this.organizations = organizations;
    this.viewers = viewers;
    this.validator = validator;
    this.maxImportBytes = properties.maxImportSize().toBytes();
    this.lineLimits = JsonLimits.defaults().withMaxDocumentLength(maxImportBytes);
    this.documents = AlignkitJson.withLimits(lineLimits);
  }

  /** What an import stored, and how many findings of each severity a validation on the day found. */
  record ImportSummary(String organizationId, int people, int teams, int objectives, LocalDate asOf,
      Map<Severity, Integer> findings) {}

  /** One objective with its progress and its key results' (the tree is in {@code parentIds}). */
  record ObjectiveProgress(String id, String title, List<String> parentIds, ObjectiveRollup progress,
      List<KeyResultRollup> keyResults) {}

  /** The organization's objectives the viewer may see, each with its progress. */
  record Objectives(String organizationId, LocalDate asOf, List<ObjectiveProgress> objectives) {}

  /** What a check-in changed, as the incremental roll-up computed it. */
  record CheckInResult(String keyResultId, List<String> changed, KeyResultRollup keyResult,
      List<ObjectiveRollup> objectives) {}

  @Operation(summary = "Import an organization, replacing any stored under this id",
      description = "The body is an organization document (application/json) or JSON Lines (application/x-ndjson),"
          + " read as it streams in, within the limits of docs/json-format.md and alignkit.hr.max-import-size."
          + " Needs the authority SCOPE_alignkit.import.",
      requestBody = @RequestBody(content = {@Content(mediaType = "application/json"), @Content(mediaType = NDJSON)}))
  @ApiResponse(responseCode = "200", description = "the import summary")
  @ApiResponse(responseCode = "400", description = "malformed JSON, as application/problem+json with its pointer")
  @ApiResponse(responseCode = "413", description = "a document over a limit")
  @ApiResponse(responseCode = "422", description = "an invalid value, with its pointer")
  @PutMapping(consumes = {"application/json", NDJSON, JSONL})
  ImportSummary importOrganization(@PathVariable String organizationId, HttpServletRequest request,
      Principal principal) {
    if (!ORGANIZATION_ID.matcher(organizationId).matches()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "an organization id is 1 to 63 lower-case letters, digits and dashes, not starting with a dash");
    }
    if (request.getContentLengthLong() > maxImportBytes) {
      throw new TooLargeException("the body of " + request.getContentLengthLong() + " bytes is over the limit of "
          + maxImportBytes + " bytes");
    }
    OrganizationSnapshot snapshot = read(request);
    organizations.replace(organizationId, snapshot, principal.getName());
    LocalDate asOf = organizations.today();
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    FindingSink count = finding -> counts.merge(finding.severity(), 1, Integer::sum);
    validator.validate(snapshot, asOf, count);
    return new ImportSummary(organizationId, snapshot.people().size(), snapshot.teams().size(),
        snapshot.objectives().size(), asOf, counts);
  }

  private OrganizationSnapshot read(HttpServletRequest request) {
    String type = String.valueOf(request.getContentType());
    try (InputStream body = new BoundedInputStream(request.getInputStream(), maxImportBytes)) {
      if (type.startsWith(NDJSON) || type.startsWith(JSONL)) {
        return JsonLinesReader.readSnapshot(body, lineLimits, ErrorMode.STOP_AT_FIRST).snapshot();
      }
      return documents.read(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Operation(summary = "The objectives the viewer may see, each with its progress and its key results'",
      description = "A flat list in the organization's order; parentIds (objectives or key results) make the tree."
          + " Without asOf, today's numbers come from the incremental roll-up.")
  @ApiResponse(responseCode = "200", description = "ObjectiveRollup and KeyResultRollup as in docs/json-format.md")
  @ApiResponse(responseCode = "404", description = "no such organization, or the viewer is no person of it")
  @GetMapping("/objectives")
  Objectives objectives(@PathVariable String organizationId,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asOf, Principal principal) {
    Seen seen = viewers.view(organizationId, principal, asOf.orElseGet(organizations::today));
    Rollup rollup = seen.state().rollup(seen.asOf());
    List<ObjectiveProgress> objectives = new ArrayList<>();
    for (Objective objective : seen.view().snapshot().objectives()) {
      Optional<ObjectiveRollup> progress = rollup.objective(objective.id());
      if (progress.isEmpty()) {
        // A placeholder for a hidden contributing child: the redacted snapshot keeps its place only.
        continue;
      }
      List<String> parents = new ArrayList<>();
      for (Alignment alignment : objective.alignments()) {
        parents.add(alignment.parentId());
      }
      List<KeyResultRollup> keyResults = new ArrayList<>();
      for (KeyResult keyResult : objective.keyResults()) {
        rollup.keyResult(keyResult.id()).ifPresent(keyResults::add);
      }
      objectives.add(new ObjectiveProgress(objective.id(), objective.title(), parents, progress.get(), keyResults));
    }
    return new Objectives(organizationId, seen.asOf(), objectives);
  }

  @Operation(summary = "Record a check-in on a key result",
      description = "The body is a check-in as in docs/json-format.md (date, value, confidence, note); its author is"
          + " the viewer. Stored in a transaction, then applied to the organization's incremental roll-up. The"
          + " person accountable for the key result, their manager chain and HR administrators may check in; for a"
          + " team's key result without an owner, the team's members too.")
  @ApiResponse(responseCode = "200", description = "the ids whose roll-up changed, and their new roll-ups")
  @ApiResponse(responseCode = "403", description = "the viewer sees the key result but may not check in on it")
  @ApiResponse(responseCode = "404", description = "no such organization or key result, or not visible")
  @PostMapping("/key-results/{keyResultId}/check-ins")
  CheckInResult checkIn(@PathVariable String organizationId, @PathVariable String keyResultId,
      @org.springframework.web.bind.annotation.RequestBody CheckIn checkIn, Principal principal) {
    Seen seen = viewers.view(organizationId, principal, organizations.today());
    OrganizationSnapshot all = seen.view().access().snapshot();
    Objective objective = all.objectiveOfKeyResult(keyResultId)
        .filter(seen.view().access()::sees)
        .orElseThrow(NotVisibleException::new);
    KeyResult keyResult = all.keyResult(keyResultId).orElseThrow();
    String viewer = principal.getName();
    if (!mayCheckIn(all, objective, keyResult, viewer)) {
      throw new NotAllowedException("only the person accountable for the key result, their managers, HR"
          + " administrators and, for a team's key result without an owner, the team may check in");
    }
    if (keyResult.isRollup()) {
      throw new NotAllowedException("a ROLLUP key result takes no check-ins: the objectives that contribute to it"
          + " measure it");
    }
    CheckIn authored = CheckIn.builder().from(checkIn).authorId(viewer).build();
    List<String> changed = organizations.checkIn(seen.state(), organizationId, keyResultId, authored);
    Rollup rollup = seen.state().rollup(organizations.today());
    List<ObjectiveRollup> objectives = new ArrayList<>();
    for (String id : changed) {
      rollup.objective(id).ifPresent(objectives::add);
    }
    return new CheckInResult(keyResultId, changed, rollup.keyResult(keyResultId).orElseThrow(), objectives);
  }

  private static boolean mayCheckIn(OrganizationSnapshot snapshot, Objective objective, KeyResult keyResult,
      String viewer) {
    if (snapshot.person(viewer).map(Person::hrAdministrator).orElse(false)) {
      return true;
    }
    Optional<String> accountable = objective.ownerIdOf(keyResult);
    if (accountable.isPresent()) {
      return accountable.get().equals(viewer) || snapshot.isInManagerChain(viewer, accountable.get());
    }
    return objective.owner().kind() == OwnerKind.TEAM
        && snapshot.person(viewer).flatMap(Person::teamId).equals(objective.owner().id());
  }

  /** Throws a limit problem once more than {@code max} bytes were read: a chunked body announces no length. */
  private static final class BoundedInputStream extends java.io.FilterInputStream {
    private final long max;
    private long read;

    BoundedInputStream(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > max) {
        throw new AlignkitJsonException(AlignkitJsonException.Kind.LIMIT_EXCEEDED, "", -1, -1,
            "the body is over the limit of " + max + " bytes", null);
      }
    }
  }
}
