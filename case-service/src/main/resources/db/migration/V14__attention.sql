-- Attention items: what a client's case manager should act on now. A client has at most one item
-- per rule that is not resolved (the partial unique index makes a second evaluation a no-op);
-- resolved items stay as the client's history.
CREATE TABLE attention_item (
    id               bigserial PRIMARY KEY,
    client_id        bigint       NOT NULL REFERENCES client (id),
    rule             varchar(40)  NOT NULL,
    severity         varchar(8)   NOT NULL CHECK (severity IN ('URGENT', 'HIGH', 'NORMAL')),
    facts            text[]       NOT NULL,
    opened_at        timestamptz  NOT NULL,
    status           varchar(12)  NOT NULL CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    acknowledged_by  varchar(100),
    acknowledged_at  timestamptz,
    resolved_by      varchar(100),
    resolved_at      timestamptz,
    outcome          varchar(500),
    auto_resolved    boolean      NOT NULL DEFAULT false,
    CHECK ((status = 'RESOLVED') = (resolved_at IS NOT NULL))
);
CREATE UNIQUE INDEX attention_item_once_idx ON attention_item (client_id, rule) WHERE status <> 'RESOLVED';
-- the worklist: what is not resolved, most urgent and oldest first
CREATE INDEX attention_item_worklist_idx ON attention_item (severity, opened_at) WHERE status <> 'RESOLVED';

GRANT SELECT, INSERT, UPDATE ON attention_item TO ${appRole};
GRANT USAGE, SELECT ON attention_item_id_seq TO ${appRole};
