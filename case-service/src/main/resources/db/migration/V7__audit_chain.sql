-- Tamper evidence for the audit trail. Every audit event is chained to the one committed before it:
-- its link holds the previous link's hash and its own, sha256(previous hash || the event's fields).
-- Editing, removing or inserting an event outside the application breaks the chain at that event,
-- which GET /api/v1/audit/verify finds. Links are written at commit (a deferred trigger), so the
-- lock that orders them is held for the commit only, not for the rest of the request; the trigger
-- runs as the schema owner, and the application's role may only read the chain.

CREATE TABLE audit_chain_head (
    id    smallint PRIMARY KEY CHECK (id = 1),
    seq   bigint   NOT NULL,
    hash  bytea    NOT NULL
);

CREATE TABLE audit_chain_link (
    seq        bigint PRIMARY KEY,
    event_id   bigint NOT NULL UNIQUE REFERENCES audit_event (id),
    prev_hash  bytea  NOT NULL,
    hash       bytea  NOT NULL
);

-- The event's fields in one canonical text (jsonb orders its keys; time as epoch microseconds, so
-- the session's time zone does not matter), hashed after the previous link's hash.
CREATE FUNCTION audit_event_digest(prev bytea, e audit_event) RETURNS bytea
    LANGUAGE sql IMMUTABLE AS $$
SELECT sha256(prev || convert_to(jsonb_build_object(
    'id', e.id,
    'at', (extract(epoch FROM e.occurred_at) * 1000000)::bigint,
    'subject', e.subject,
    'username', e.username,
    'roles', e.roles,
    'action', e.action,
    'operation', e.operation,
    'recordType', e.record_type,
    'recordId', e.record_id,
    'clientId', e.client_id,
    'outcome', e.outcome,
    'origin', e.origin,
    'consentId', e.consent_id)::text, 'UTF8'))
$$;

-- The hash every chain starts from.
CREATE FUNCTION audit_chain_genesis() RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
SELECT sha256(convert_to('stepwise audit chain', 'UTF8'))
$$;

CREATE FUNCTION audit_chain_append() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    head audit_chain_head%ROWTYPE;
    link bytea;
BEGIN
    SELECT * INTO head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
    link := audit_event_digest(head.hash, NEW);
    INSERT INTO audit_chain_link (seq, event_id, prev_hash, hash)
        VALUES (head.seq + 1, NEW.id, head.hash, link);
    UPDATE audit_chain_head SET seq = head.seq + 1, hash = link WHERE id = 1;
    RETURN NULL;
END
$$;

-- The events already there are chained in the order they were written.
INSERT INTO audit_chain_head VALUES (1, 0, audit_chain_genesis());
DO $$
DECLARE
    e audit_event;
    h bytea := audit_chain_genesis();
    n bigint := 0;
BEGIN
    FOR e IN SELECT * FROM audit_event ORDER BY id LOOP
        n := n + 1;
        INSERT INTO audit_chain_link VALUES (n, e.id, h, audit_event_digest(h, e));
        h := audit_event_digest(h, e);
    END LOOP;
    UPDATE audit_chain_head SET seq = n, hash = h WHERE id = 1;
END
$$;

CREATE CONSTRAINT TRIGGER audit_event_chained AFTER INSERT ON audit_event
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_chain_append();
CREATE TRIGGER audit_chain_link_append_only BEFORE UPDATE OR DELETE ON audit_chain_link
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

REVOKE ALL ON audit_chain_head, audit_chain_link FROM PUBLIC;
GRANT SELECT ON audit_chain_head, audit_chain_link TO ${appRole};
REVOKE ALL ON FUNCTION audit_chain_append() FROM PUBLIC;
