-- A clinic closes the loop: one acknowledgement per delivered summary, by the clinician who read
-- it, with an optional short reply to the case manager. It is part of the client's record: never
-- changed, never deleted.
CREATE TABLE summary_acknowledgement (
    summary_id       bigint        PRIMARY KEY REFERENCES progress_summary (id),
    acknowledged_by  varchar(100)  NOT NULL,
    acknowledged_at  timestamptz   NOT NULL,
    reply            varchar(500)
);
CREATE TRIGGER summary_acknowledgement_frozen BEFORE UPDATE OR DELETE ON summary_acknowledgement
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
-- the unacknowledged-summary rule: deliveries of a client in a window
CREATE INDEX progress_summary_clinic_period_idx ON progress_summary (client_id, clinic_id, period_end);

GRANT SELECT, INSERT ON summary_acknowledgement TO ${appRole};

-- What the routes mail to a case manager: an URGENT notice per urgent item, at once, or the day's
-- DIGEST of the other items opened since the last one. A message carries counts and a link, never
-- a name or a rule. The routes claim a notification under a lease and report it sent.
CREATE TABLE notification (
    id                 bigserial     PRIMARY KEY,
    kind               varchar(8)    NOT NULL CHECK (kind IN ('URGENT', 'DIGEST')),
    recipient_subject  varchar(100)  NOT NULL,
    digest_day         date,
    urgent_count       integer       NOT NULL,
    other_count        integer       NOT NULL,
    created_at         timestamptz   NOT NULL,
    status             varchar(8)    NOT NULL CHECK (status IN ('PENDING', 'SENT')),
    attempts           integer       NOT NULL DEFAULT 0,
    lease_token        uuid,
    lease_expires_at   timestamptz,
    sent_at            timestamptz,
    CHECK ((kind = 'DIGEST') = (digest_day IS NOT NULL)),
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);
-- one digest per case manager and day
CREATE UNIQUE INDEX notification_digest_once_idx ON notification (recipient_subject, digest_day)
    WHERE kind = 'DIGEST';
CREATE INDEX notification_pending_idx ON notification (id) WHERE status = 'PENDING';

-- which items a notification told of: an item is in at most one notification of each kind, so
-- nothing is sent about it twice
CREATE TABLE notification_item (
    item_id          bigint       NOT NULL REFERENCES attention_item (id),
    kind             varchar(8)   NOT NULL,
    notification_id  bigint       NOT NULL REFERENCES notification (id),
    PRIMARY KEY (item_id, kind)
);
CREATE INDEX notification_item_notification_idx ON notification_item (notification_id);

GRANT SELECT, INSERT, UPDATE ON notification TO ${appRole};
GRANT USAGE, SELECT ON notification_id_seq TO ${appRole};
GRANT SELECT, INSERT ON notification_item TO ${appRole};

-- a house manager's worklist: when the house last reported attendance
CREATE INDEX attendance_source_received_idx ON attendance_record (source_key, received_at);
