-- The trigger log: each moment a trigger came, append-only. A correction is a new row naming the
-- row it replaces and why; a replaced row stays (what was written is kept) but stops counting.
CREATE TABLE trigger_log_entry (
    id                  bigserial PRIMARY KEY,
    client_id           bigint        NOT NULL REFERENCES client (id),
    occurred_on         date          NOT NULL,
    category            varchar(20)   NOT NULL,
    situation           varchar(2000) NOT NULL,
    feelings            varchar(1000),
    halt_states         text[]        NOT NULL,
    craving             smallint      NOT NULL CHECK (craving BETWEEN 0 AND 10),
    response_from_plan  boolean       NOT NULL,
    response            varchar(1000),
    outcome             varchar(10)   NOT NULL CHECK (outcome IN ('NO_USE', 'LAPSE', 'RELAPSE')),
    corrects_id         bigint        REFERENCES trigger_log_entry (id),
    correction_reason   varchar(1000),
    recorded_by         varchar(100)  NOT NULL,
    recorded_at         timestamptz   NOT NULL,
    CHECK ((corrects_id IS NULL) = (correction_reason IS NULL))
);
-- the log and its 30-day pattern
CREATE INDEX trigger_log_client_idx ON trigger_log_entry (client_id, occurred_on);
-- "is this entry replaced?"
CREATE INDEX trigger_log_corrects_idx ON trigger_log_entry (corrects_id) WHERE corrects_id IS NOT NULL;
-- the caseload row's lapse and relapse flags, one probe per client
CREATE INDEX trigger_log_use_idx ON trigger_log_entry (client_id, outcome, occurred_on)
    WHERE outcome <> 'NO_USE';

CREATE TRIGGER trigger_log_entry_append_only BEFORE UPDATE OR DELETE
    ON trigger_log_entry FOR EACH ROW EXECUTE FUNCTION refuse_change();

GRANT SELECT, INSERT ON trigger_log_entry TO ${appRole};
GRANT USAGE, SELECT ON trigger_log_entry_id_seq TO ${appRole};
