-- Outcome measures: each administered questionnaire once, with its answers as given and the score
-- they make (kept beside the answers so trends and summaries are read without rescoring). Never
-- changed: a score shown to a clinician stays what it was.
CREATE TABLE outcome_measure (
    id               bigserial PRIMARY KEY,
    client_id        bigint       NOT NULL REFERENCES client (id),
    instrument       varchar(20)  NOT NULL,
    administered_on  date         NOT NULL,
    answers          smallint[]   NOT NULL,
    total            smallint     NOT NULL,
    band             varchar(40)  NOT NULL,
    flags            text[]       NOT NULL,
    recorded_by      varchar(100) NOT NULL,
    recorded_at      timestamptz  NOT NULL
);
-- the client page's list and trends, the summary's latest per instrument
CREATE INDEX outcome_measure_client_idx ON outcome_measure (client_id, instrument, administered_on);

CREATE TRIGGER outcome_measure_append_only BEFORE UPDATE OR DELETE
    ON outcome_measure FOR EACH ROW EXECUTE FUNCTION refuse_change();

GRANT SELECT, INSERT ON outcome_measure TO ${appRole};
GRANT USAGE, SELECT ON outcome_measure_id_seq TO ${appRole};
