-- Referring clinics, consents (42 CFR Part 2 §2.31), progress summaries and their delivery.

-- A clinic that refers clients and receives progress summaries. Secrets for its channel are not
-- kept here: the routes resolve them from their own configuration by the clinic's code.
CREATE TABLE clinic (
    id           bigserial PRIMARY KEY,
    code         varchar(32)  NOT NULL UNIQUE,
    name         varchar(200) NOT NULL,
    npi          varchar(10),
    channel      varchar(8)   NOT NULL CHECK (channel IN ('FHIR', 'SFTP')),
    endpoint     varchar(500) NOT NULL,
    auth         varchar(32)  NOT NULL CHECK (auth IN ('NONE', 'OAUTH2_CLIENT_CREDENTIALS', 'PASSWORD')),
    token_url    varchar(500),
    auth_client  varchar(200),
    cadence      varchar(12)  NOT NULL CHECK (cadence IN ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
    recorded_by  varchar(100) NOT NULL,
    recorded_at  timestamptz  NOT NULL
);

CREATE TABLE clinician (
    id           bigserial PRIMARY KEY,
    clinic_id    bigint       NOT NULL REFERENCES clinic (id),
    username     varchar(100) NOT NULL UNIQUE,
    name         varchar(200) NOT NULL,
    npi          varchar(10),
    recorded_by  varchar(100) NOT NULL,
    recorded_at  timestamptz  NOT NULL
);
CREATE INDEX clinician_clinic_idx ON clinician (clinic_id);

-- A consent is never changed: revoking it adds a revocation; history is every row.
CREATE TABLE consent (
    id                          bigserial PRIMARY KEY,
    client_id                   bigint        NOT NULL REFERENCES client (id),
    discloser                   varchar(200)  NOT NULL,
    clinic_id                   bigint        NOT NULL REFERENCES clinic (id),
    clinician_id                bigint        REFERENCES clinician (id),
    purpose                     varchar(500)  NOT NULL,
    sections                    varchar(100)  NOT NULL,
    effective_from              date          NOT NULL,
    expires_on                  date,
    expiry_event                varchar(24)   CHECK (expiry_event IN ('END_OF_TREATMENT')),
    signed_by                   varchar(200)  NOT NULL,
    signed_on                   date          NOT NULL,
    signature_method            varchar(16)   NOT NULL CHECK (signature_method IN ('WET_INK', 'ELECTRONIC')),
    revocation_right_explained  boolean       NOT NULL CHECK (revocation_right_explained),
    recorded_by                 varchar(100)  NOT NULL,
    recorded_at                 timestamptz   NOT NULL,
    CHECK (expires_on IS NOT NULL OR expiry_event IS NOT NULL),
    CHECK (expires_on IS NULL OR expires_on >= effective_from)
);
CREATE INDEX consent_client_idx ON consent (client_id, clinic_id);

CREATE TABLE consent_revocation (
    consent_id   bigint        PRIMARY KEY REFERENCES consent (id),
    revoked_at   timestamptz   NOT NULL,
    reason       varchar(1000),
    recorded_by  varchar(100)  NOT NULL
);

-- A progress summary: one client, one recipient, one period; its document is frozen.
CREATE TABLE progress_summary (
    id               bigserial PRIMARY KEY,
    client_id        bigint        NOT NULL REFERENCES client (id),
    clinic_id        bigint        NOT NULL REFERENCES clinic (id),
    clinician_id     bigint        REFERENCES clinician (id),
    consent_id       bigint        REFERENCES consent (id),
    kind             varchar(10)   NOT NULL CHECK (kind IN ('CADENCE', 'ON_DEMAND')),
    period_start     date          NOT NULL,
    period_end       date          NOT NULL,
    sections         varchar(100)  NOT NULL,
    bundle_id        uuid          NOT NULL UNIQUE,
    document         text,
    status           varchar(10)   NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'WITHHELD')),
    status_reason    varchar(200),
    attempts         integer       NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    delivered_at     timestamptz,
    last_error       varchar(500),
    generated_by     varchar(100)  NOT NULL,
    generated_at     timestamptz   NOT NULL,
    CHECK (period_end >= period_start),
    CHECK (status = 'WITHHELD' OR (document IS NOT NULL AND consent_id IS NOT NULL))
);
-- one cadence summary per client, clinic and period, however often the run is started
CREATE UNIQUE INDEX progress_summary_cadence_idx ON progress_summary (client_id, clinic_id, period_start)
    WHERE kind = 'CADENCE';
CREATE INDEX progress_summary_due_idx ON progress_summary (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX progress_summary_client_idx ON progress_summary (client_id, generated_at DESC);
CREATE INDEX progress_summary_clinic_idx ON progress_summary (clinic_id, delivered_at DESC) WHERE status = 'DELIVERED';
CREATE INDEX progress_summary_failed_idx ON progress_summary (generated_at DESC) WHERE status = 'FAILED';

-- What was generated stays as generated: only the delivery state may change.
CREATE FUNCTION refuse_summary_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.document IS DISTINCT FROM OLD.document OR NEW.bundle_id <> OLD.bundle_id
       OR NEW.client_id <> OLD.client_id OR NEW.clinic_id <> OLD.clinic_id
       OR NEW.clinician_id IS DISTINCT FROM OLD.clinician_id
       OR NEW.consent_id IS DISTINCT FROM OLD.consent_id OR NEW.sections <> OLD.sections
       OR NEW.period_start <> OLD.period_start OR NEW.period_end <> OLD.period_end
       OR NEW.generated_at <> OLD.generated_at THEN
        RAISE EXCEPTION 'a generated progress summary is frozen' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER progress_summary_frozen BEFORE UPDATE ON progress_summary
    FOR EACH ROW EXECUTE FUNCTION refuse_summary_change();
CREATE TRIGGER progress_summary_kept BEFORE DELETE ON progress_summary
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE delivery_attempt (
    id            bigserial PRIMARY KEY,
    summary_id    bigint        NOT NULL REFERENCES progress_summary (id),
    attempted_at  timestamptz   NOT NULL,
    outcome       varchar(10)   NOT NULL CHECK (outcome IN ('DELIVERED', 'RETRY', 'REFUSED')),
    http_status   integer,
    detail        varchar(500),
    recorded_by   varchar(100)  NOT NULL
);
CREATE INDEX delivery_attempt_summary_idx ON delivery_attempt (summary_id, attempted_at);

-- Disclosures name the consent they rest on.
ALTER TABLE audit_event ADD COLUMN consent_id bigint;

-- referral lookups of the cadence run
CREATE INDEX client_referral_idx ON client (referral_clinic) WHERE status = 'ACTIVE';

GRANT SELECT, INSERT ON clinic, clinician, consent, consent_revocation, delivery_attempt TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON progress_summary TO ${appRole};
GRANT USAGE, SELECT ON clinic_id_seq, clinician_id_seq, consent_id_seq, progress_summary_id_seq,
    delivery_attempt_id_seq TO ${appRole};
