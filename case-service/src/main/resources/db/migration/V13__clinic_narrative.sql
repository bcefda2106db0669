-- The narrative a summary carries is written for the clinic, per period, and sent only once the
-- case manager marks it ready: internal case notes never leave Stepwise (they used to be the
-- narrative). A summary carries every ready narrative whose period lies within its own.
CREATE TABLE clinic_narrative (
    id            bigserial PRIMARY KEY,
    client_id     bigint        NOT NULL REFERENCES client (id),
    period_start  date          NOT NULL,
    period_end    date          NOT NULL CHECK (period_end >= period_start),
    body          varchar(10000) NOT NULL,
    ready         boolean       NOT NULL,
    version       integer       NOT NULL CHECK (version > 0),
    recorded_by   varchar(100)  NOT NULL,
    recorded_at   timestamptz   NOT NULL,
    UNIQUE (client_id, period_start, period_end)
);
-- the summaries' gathering: ready narratives of many clients within a period
CREATE INDEX clinic_narrative_ready_idx ON clinic_narrative (client_id, period_start) WHERE ready;

GRANT SELECT, INSERT, UPDATE ON clinic_narrative TO ${appRole};
GRANT USAGE, SELECT ON clinic_narrative_id_seq TO ${appRole};
