-- A progress summary is the frozen document; its delivery is an aggregate of its own, changed only
-- by guarded transitions (each UPDATE names the status, lease and attempt count it was decided on).

CREATE TABLE delivery (
    summary_id               bigint        PRIMARY KEY REFERENCES progress_summary (id),
    status                   varchar(30)   NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED',
                                                                      'WITHHELD', 'DELIVERED_AFTER_REVOCATION')),
    status_reason            varchar(200),
    attempts                 integer       NOT NULL DEFAULT 0,
    next_attempt_at          timestamptz,
    -- the poller that claimed it last: its report must name this token
    lease_token              uuid,
    lease_expires_at         timestamptz,
    delivered_at             timestamptz,
    last_error               varchar(500),
    -- set when the consent was revoked while a poller held the lease (the document was out)
    revoked_while_claimed_at timestamptz,
    CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL)
);

INSERT INTO delivery (summary_id, status, status_reason, attempts, next_attempt_at, delivered_at, last_error)
SELECT id, status, status_reason, attempts,
       CASE WHEN status = 'PENDING' THEN coalesce(next_attempt_at, generated_at) END,
       delivered_at, last_error
  FROM progress_summary;

CREATE INDEX delivery_due_idx ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_status_idx ON delivery (status, summary_id DESC) WHERE status <> 'DELIVERED';
CREATE INDEX delivery_delivered_idx ON delivery (delivered_at DESC) WHERE status = 'DELIVERED';
-- revocation finds a consent's summaries
CREATE INDEX progress_summary_consent_idx ON progress_summary (consent_id);

DROP INDEX progress_summary_due_idx;
DROP INDEX progress_summary_clinic_idx;
DROP INDEX progress_summary_failed_idx;
CREATE INDEX progress_summary_clinic_idx ON progress_summary (clinic_id, generated_at DESC);

-- the document no longer carries any state: nothing of it may change
DROP TRIGGER progress_summary_frozen ON progress_summary;
DROP FUNCTION refuse_summary_change();
ALTER TABLE progress_summary
    DROP COLUMN status,
    DROP COLUMN status_reason,
    DROP COLUMN attempts,
    DROP COLUMN next_attempt_at,
    DROP COLUMN delivered_at,
    DROP COLUMN last_error;
ALTER TABLE progress_summary ADD CHECK (document IS NULL OR consent_id IS NOT NULL);
CREATE TRIGGER progress_summary_frozen BEFORE UPDATE ON progress_summary
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

REVOKE UPDATE ON progress_summary FROM ${appRole};
GRANT SELECT, INSERT, UPDATE ON delivery TO ${appRole};
