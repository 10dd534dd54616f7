-- An organization is stored as its JSON Lines (docs/json-format.md, "JSON Lines"): the organization
-- line, a line per team and a line per person, each in the json type, which keeps the text as
-- written (jsonb would reorder the fields, and the organization line must start with formatVersion).
-- Check-ins recorded through the service are rows of their own, added to the key results' check-ins
-- when the organization is loaded.
CREATE TABLE organization (
  id          text        PRIMARY KEY,
  imported_at timestamptz NOT NULL,
  imported_by text        NOT NULL
);

CREATE TABLE organization_line (
  organization_id text    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  line_number     integer NOT NULL,
  kind            text    NOT NULL CHECK (kind IN ('organization', 'team', 'person')),
  line            json    NOT NULL,
  PRIMARY KEY (organization_id, line_number)
);

CREATE TABLE check_in (
  organization_id text             NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  sequence        bigint           GENERATED ALWAYS AS IDENTITY,
  key_result_id   text             NOT NULL,
  checked_on      date             NOT NULL,
  value           double precision NOT NULL,
  confidence      double precision CHECK (confidence BETWEEN 0 AND 1),
  note            text,
  author_id       text             NOT NULL,
  recorded_at     timestamptz      NOT NULL,
  PRIMARY KEY (organization_id, sequence)
);
