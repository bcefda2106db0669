-- The audit chain is extended after the events' transactions, not inside their commits.
--
-- V7 linked each event in a deferred trigger that locked the chain's head row until the commit was
-- on disk: every audited request in the program queued on that one row through its WAL flush, so
-- audited commits could not be flushed together (measured with pgbench, 8 clients, fsync on: 1,843
-- inserts+commits a second with the trigger, 9,624 without). Now an insert only notes its events
-- as pending (no shared row is touched), and audit_chain_extend() links pending events in batches,
-- in the order it finds them, under the head's lock; case-service calls it every second and before
-- every verification. An event is durable when its request is answered, as before; it is chained
-- within about a second. verify treats an event with neither a link nor a pending note as
-- tampered (UNCHAINED_EVENT), as before.

DROP TRIGGER audit_event_chained ON audit_event;
DROP FUNCTION audit_chain_append();

CREATE TABLE audit_chain_pending (
    event_id  bigint PRIMARY KEY REFERENCES audit_event (id)
);

CREATE FUNCTION audit_chain_note() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO audit_chain_pending (event_id) SELECT id FROM new_events;
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_event_pending AFTER INSERT ON audit_event
    REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_note();

-- Links up to max_events pending events (oldest id first) after the head; returns how many.
CREATE FUNCTION audit_chain_extend(max_events integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    head audit_chain_head%ROWTYPE;
    e audit_event;
    h bytea;
    link bytea;
    n bigint;
BEGIN
    SELECT * INTO head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
    h := head.hash;
    n := head.seq;
    FOR e IN SELECT a.* FROM audit_event a
               JOIN (SELECT event_id FROM audit_chain_pending ORDER BY event_id LIMIT max_events) p
                 ON p.event_id = a.id
              ORDER BY a.id LOOP
        link := audit_event_digest(h, e);
        n := n + 1;
        INSERT INTO audit_chain_link (seq, event_id, prev_hash, hash) VALUES (n, e.id, h, link);
        h := link;
    END LOOP;
    IF n = head.seq THEN
        RETURN 0;
    END IF;
    DELETE FROM audit_chain_pending p USING audit_chain_link l
     WHERE l.seq > head.seq AND p.event_id = l.event_id;
    UPDATE audit_chain_head SET seq = n, hash = h WHERE id = 1;
    RETURN n - head.seq;
END
$$;

REVOKE ALL ON audit_chain_pending FROM PUBLIC;
GRANT SELECT ON audit_chain_pending TO ${appRole};
REVOKE ALL ON FUNCTION audit_chain_note() FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_chain_extend(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_chain_extend(integer) TO ${appRole};
