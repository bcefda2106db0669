-- The audit trail is searched by time and by user (GET /api/v1/audit).
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_username_idx ON audit_event (username, occurred_at);
