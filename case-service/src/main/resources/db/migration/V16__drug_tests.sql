-- Drug and alcohol tests, as houses record them by hand or send them from their systems: stored
-- once per source and source record id (like attendance), never changed.
CREATE TABLE drug_test (
    id                   bigserial PRIMARY KEY,
    client_id            bigint        NOT NULL REFERENCES client (id),
    collected_at         timestamptz   NOT NULL,
    collected_offset     varchar(6)    NOT NULL,
    method               varchar(12)   NOT NULL CHECK (method IN ('URINE', 'BREATH', 'ORAL_FLUID', 'LAB')),
    reason               varchar(12)   NOT NULL CHECK (reason IN ('RANDOM', 'SCHEDULED', 'FOR_CAUSE', 'ADMISSION')),
    result               varchar(10)   NOT NULL
        CHECK (result IN ('NEGATIVE', 'POSITIVE', 'DILUTE', 'INVALID', 'REFUSED', 'MISSED')),
    substances_tested    text[]        NOT NULL,
    substances_positive  text[]        NOT NULL,
    lab_confirmed        boolean       NOT NULL,
    collected_by         varchar(100)  NOT NULL,
    source_key           varchar(32)   NOT NULL,
    source_channel       varchar(16)   NOT NULL,
    source_record_id     varchar(128)  NOT NULL,
    received_by          varchar(100)  NOT NULL,
    received_at          timestamptz   NOT NULL,
    -- a test arriving twice is stored once
    CONSTRAINT drug_test_natural_key UNIQUE (source_key, source_record_id),
    CHECK ((result = 'POSITIVE') = (cardinality(substances_positive) > 0))
);
-- the client's tests, newest first
CREATE INDEX drug_test_client_idx ON drug_test (client_id, collected_at);
-- the caseload row's flags: a recent result that is not negative, one probe per client
CREATE INDEX drug_test_concern_idx ON drug_test (client_id, collected_at)
    WHERE result IN ('POSITIVE', 'REFUSED', 'MISSED');

CREATE TRIGGER drug_test_append_only BEFORE UPDATE OR DELETE
    ON drug_test FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- A case manager's word that a prescription explains a positive result: beside the result, which
-- stays as reported. One per test, never changed.
CREATE TABLE drug_test_explanation (
    test_id      bigint        PRIMARY KEY REFERENCES drug_test (id),
    explained_by varchar(100)  NOT NULL,
    explained_at timestamptz   NOT NULL,
    reason       varchar(500)  NOT NULL
);
CREATE TRIGGER drug_test_explanation_frozen BEFORE UPDATE OR DELETE
    ON drug_test_explanation FOR EACH ROW EXECUTE FUNCTION refuse_change();

GRANT SELECT, INSERT ON drug_test, drug_test_explanation TO ${appRole};
GRANT USAGE, SELECT ON drug_test_id_seq TO ${appRole};

-- a house's testing rule: at least this many random tests a month in a resident's first 90 days
ALTER TABLE house ADD COLUMN random_tests_per_month integer
    CHECK (random_tests_per_month BETWEEN 1 AND 31);
-- the roster's count of a resident's random tests
CREATE INDEX drug_test_random_idx ON drug_test (client_id, collected_at) WHERE reason = 'RANDOM';
