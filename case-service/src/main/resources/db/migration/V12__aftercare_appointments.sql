-- Aftercare appointments: recurring series and how each scheduled day went. An occurrence holds the
-- outcome as last recorded (a tap on "kept" after "missed" changes it); every answer ever recorded
-- is kept in occurrence_history by the database itself, so nothing recorded is lost.
CREATE TABLE appointment_series (
    id                     bigserial PRIMARY KEY,
    client_id              bigint       NOT NULL REFERENCES client (id),
    kind                   varchar(20)  NOT NULL,
    provider               varchar(200) NOT NULL,
    every_n                smallint     NOT NULL CHECK (every_n BETWEEN 1 AND 52),
    unit                   varchar(5)   NOT NULL CHECK (unit IN ('DAYS', 'WEEKS')),
    starts_on              date         NOT NULL,
    ends_on                date         CHECK (ends_on >= starts_on),
    minimum_weeks          smallint     CHECK (minimum_weeks > 0),
    medication_management  boolean      NOT NULL,
    recorded_by            varchar(100) NOT NULL,
    recorded_at            timestamptz  NOT NULL
);
CREATE INDEX appointment_series_client_idx ON appointment_series (client_id);

CREATE TABLE appointment_occurrence (
    series_id     bigint       NOT NULL REFERENCES appointment_series (id),
    scheduled_on  date         NOT NULL,
    -- copied from the series so the caseload's flags are one index probe per client
    client_id     bigint       NOT NULL REFERENCES client (id),
    kind          varchar(20)  NOT NULL,
    medication    boolean      NOT NULL,
    outcome       varchar(24)  NOT NULL CHECK (outcome IN
                      ('KEPT', 'MISSED', 'CANCELLED_BY_PROVIDER', 'CANCELLED_BY_CLIENT', 'RESCHEDULED')),
    recorded_by   varchar(100) NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    PRIMARY KEY (series_id, scheduled_on)
);
CREATE INDEX appointment_occurrence_client_idx
    ON appointment_occurrence (client_id, kind, scheduled_on);

CREATE TABLE occurrence_history (
    series_id     bigint       NOT NULL,
    scheduled_on  date         NOT NULL,
    outcome       varchar(24)  NOT NULL,
    recorded_by   varchar(100) NOT NULL,
    recorded_at   timestamptz  NOT NULL
);
CREATE INDEX occurrence_history_idx ON occurrence_history (series_id, scheduled_on);

CREATE FUNCTION keep_occurrence_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO occurrence_history (series_id, scheduled_on, outcome, recorded_by, recorded_at)
    VALUES (NEW.series_id, NEW.scheduled_on, NEW.outcome, NEW.recorded_by, NEW.recorded_at);
    RETURN NEW;
END
$$;
CREATE TRIGGER appointment_occurrence_history AFTER INSERT OR UPDATE
    ON appointment_occurrence FOR EACH ROW EXECUTE FUNCTION keep_occurrence_history();
CREATE TRIGGER appointment_occurrence_kept BEFORE DELETE
    ON appointment_occurrence FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER occurrence_history_append_only BEFORE UPDATE OR DELETE
    ON occurrence_history FOR EACH ROW EXECUTE FUNCTION refuse_change();

GRANT SELECT, INSERT ON appointment_series TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON appointment_occurrence TO ${appRole};
GRANT SELECT, INSERT ON occurrence_history TO ${appRole};
GRANT USAGE, SELECT ON appointment_series_id_seq TO ${appRole};
