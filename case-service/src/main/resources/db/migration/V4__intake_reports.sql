-- What became of each file or feed page a house sent: counts, and every rejected row with its line
-- and reason, so house managers and case managers can see in Stepwise what the house must fix.
CREATE TABLE intake_report (
    id           bigserial PRIMARY KEY,
    house_id     bigint       NOT NULL REFERENCES house (id),
    channel      varchar(16)  NOT NULL,
    source_name  varchar(255) NOT NULL,
    outcome      varchar(8)   NOT NULL CHECK (outcome IN ('DONE', 'ERROR')),
    accepted     integer      NOT NULL CHECK (accepted >= 0),
    duplicates   integer      NOT NULL CHECK (duplicates >= 0),
    rejected     integer      NOT NULL CHECK (rejected >= 0),
    received_by  varchar(100) NOT NULL,
    received_at  timestamptz  NOT NULL
);
CREATE INDEX intake_report_house_idx ON intake_report (house_id, received_at DESC);

CREATE TABLE intake_reject (
    id                bigserial PRIMARY KEY,
    report_id         bigint        NOT NULL REFERENCES intake_report (id),
    line              bigint        NOT NULL,
    source_record_id  varchar(128),
    field             varchar(64),
    code              varchar(64)   NOT NULL,
    reason            varchar(1000) NOT NULL
);
CREATE INDEX intake_reject_report_idx ON intake_reject (report_id, line);

GRANT SELECT, INSERT ON intake_report, intake_reject TO ${appRole};
GRANT USAGE, SELECT ON intake_report_id_seq, intake_reject_id_seq TO ${appRole};
