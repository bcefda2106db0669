-- The relapse-prevention plan, versioned: every save is a new row, numbered per client from 1; no
-- row is ever changed (the plan a clinician or a court was shown stays readable as it was). The
-- plan itself is one JSON document per version (triggers, warning signs, coping steps, reasons for
-- recovery, emergency contacts): it is read and written whole, never queried inside.
CREATE TABLE relapse_prevention_plan (
    client_id    bigint       NOT NULL REFERENCES client (id),
    version      integer      NOT NULL CHECK (version > 0),
    content      jsonb        NOT NULL,
    recorded_by  varchar(100) NOT NULL,
    recorded_at  timestamptz  NOT NULL,
    PRIMARY KEY (client_id, version)
);

CREATE TRIGGER relapse_prevention_plan_append_only BEFORE UPDATE OR DELETE
    ON relapse_prevention_plan FOR EACH ROW EXECUTE FUNCTION refuse_change();

GRANT SELECT, INSERT ON relapse_prevention_plan TO ${appRole};
