-- Stepwise case-service schema. Flyway owns it; the ORM never generates DDL at run time.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE house (
    id                bigserial PRIMARY KEY,
    code              varchar(32)  NOT NULL UNIQUE,
    name              varchar(200) NOT NULL,
    street            varchar(200),
    city              varchar(100),
    state             varchar(2),
    postal_code       varchar(10),
    narr_level        smallint     NOT NULL CHECK (narr_level BETWEEN 1 AND 4),
    capacity          integer      NOT NULL CHECK (capacity > 0),
    reporting_channel varchar(16)  NOT NULL CHECK (reporting_channel IN ('SFTP', 'HTTP_FEED', 'FILE_DROP', 'MANUAL')),
    version           bigint       NOT NULL DEFAULT 0,
    recorded_by       varchar(100) NOT NULL,
    recorded_at       timestamptz  NOT NULL
);

CREATE TABLE client (
    id                       bigserial PRIMARY KEY,
    given_name               varchar(100) NOT NULL,
    family_name              varchar(100) NOT NULL,
    date_of_birth            date         NOT NULL,
    phone                    varchar(40),
    email                    varchar(200),
    recovery_start_date      date         NOT NULL,
    status                   varchar(20)  NOT NULL CHECK (status IN ('ACTIVE', 'DISCHARGED', 'LOST_TO_CONTACT')),
    case_manager             varchar(100) NOT NULL,
    referral_clinic          varchar(64),
    referral_clinician       varchar(100),
    current_level            varchar(16),
    current_level_since      date,
    meeting_min_per_week     smallint     CHECK (meeting_min_per_week BETWEEN 0 AND 21),
    meeting_types            varchar(300),
    plan_target_level        varchar(16),
    plan_target_date         date,
    plan_criteria            varchar(2000),
    version                  bigint       NOT NULL DEFAULT 0,
    recorded_by              varchar(100) NOT NULL,
    recorded_at              timestamptz  NOT NULL
);
CREATE INDEX client_case_manager_idx ON client (case_manager, family_name, id);
CREATE INDEX client_status_idx ON client (status);
CREATE INDEX client_name_trgm_idx ON client USING gin ((lower(given_name || ' ' || family_name)) gin_trgm_ops);

CREATE TABLE transition (
    id               bigserial PRIMARY KEY,
    client_id        bigint       NOT NULL REFERENCES client (id),
    seq              integer      NOT NULL,
    from_level       varchar(16),
    to_level         varchar(16),
    effective_date   date         NOT NULL,
    direction        varchar(12)  NOT NULL CHECK (direction IN ('ADMISSION', 'STEP_DOWN', 'STEP_UP', 'LATERAL', 'DISCHARGE')),
    reason           varchar(2000) NOT NULL,
    dim_intoxication smallint     NOT NULL CHECK (dim_intoxication BETWEEN 0 AND 4),
    dim_biomedical   smallint     NOT NULL CHECK (dim_biomedical BETWEEN 0 AND 4),
    dim_emotional    smallint     NOT NULL CHECK (dim_emotional BETWEEN 0 AND 4),
    dim_readiness    smallint     NOT NULL CHECK (dim_readiness BETWEEN 0 AND 4),
    dim_relapse      smallint     NOT NULL CHECK (dim_relapse BETWEEN 0 AND 4),
    dim_environment  smallint     NOT NULL CHECK (dim_environment BETWEEN 0 AND 4),
    decided_by       varchar(200) NOT NULL,
    program          varchar(200) NOT NULL,
    corrects_id      bigint       REFERENCES transition (id),
    correction_reason varchar(2000),
    recorded_by      varchar(100) NOT NULL,
    recorded_at      timestamptz  NOT NULL,
    UNIQUE (client_id, seq)
);
CREATE UNIQUE INDEX transition_corrected_once_idx ON transition (corrects_id) WHERE corrects_id IS NOT NULL;

CREATE TABLE goal (
    id             bigserial PRIMARY KEY,
    client_id      bigint        NOT NULL REFERENCES client (id),
    domain         varchar(16)   NOT NULL,
    statement      varchar(1000) NOT NULL,
    target_date    date,
    status         varchar(16)   NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'ABANDONED')),
    status_reason  varchar(1000),
    version        bigint        NOT NULL DEFAULT 0,
    recorded_by    varchar(100)  NOT NULL,
    recorded_at    timestamptz   NOT NULL
);
CREATE INDEX goal_client_idx ON goal (client_id, status);

CREATE TABLE goal_milestone (
    id           bigserial PRIMARY KEY,
    goal_id      bigint        NOT NULL REFERENCES goal (id),
    description  varchar(1000) NOT NULL,
    due_date     date,
    achieved_on  date,
    recorded_by  varchar(100)  NOT NULL,
    recorded_at  timestamptz   NOT NULL
);
CREATE INDEX goal_milestone_goal_idx ON goal_milestone (goal_id);

CREATE TABLE goal_progress_note (
    id           bigserial PRIMARY KEY,
    goal_id      bigint        NOT NULL REFERENCES goal (id),
    noted_on     date          NOT NULL,
    body         varchar(4000) NOT NULL,
    recorded_by  varchar(100)  NOT NULL,
    recorded_at  timestamptz   NOT NULL
);
CREATE INDEX goal_progress_note_goal_idx ON goal_progress_note (goal_id);

CREATE TABLE residency (
    id               bigserial PRIMARY KEY,
    client_id        bigint       NOT NULL REFERENCES client (id),
    house_id         bigint       NOT NULL REFERENCES house (id),
    client_ref       varchar(64)  NOT NULL,
    move_in          date         NOT NULL,
    move_out         date,
    move_out_reason  varchar(1000),
    version          bigint       NOT NULL DEFAULT 0,
    recorded_by      varchar(100) NOT NULL,
    recorded_at      timestamptz  NOT NULL,
    CHECK (move_out IS NULL OR move_out >= move_in)
);
-- one current stay per client, and a house's reference names one current resident
CREATE UNIQUE INDEX residency_current_client_idx ON residency (client_id) WHERE move_out IS NULL;
CREATE UNIQUE INDEX residency_current_ref_idx ON residency (house_id, client_ref) WHERE move_out IS NULL;
CREATE INDEX residency_house_ref_idx ON residency (house_id, client_ref, move_in);

CREATE TABLE attendance_record (
    id                bigserial PRIMARY KEY,
    client_id         bigint       NOT NULL REFERENCES client (id),
    meeting_type      varchar(24)  NOT NULL,
    meeting_name      varchar(200) NOT NULL,
    started_at        timestamptz  NOT NULL,
    started_offset    varchar(6)   NOT NULL,
    status            varchar(12)  NOT NULL CHECK (status IN ('ATTENDED', 'ABSENT', 'EXCUSED')),
    verification      varchar(24)  NOT NULL,
    source_key        varchar(32)  NOT NULL,
    source_channel    varchar(16)  NOT NULL,
    source_record_id  varchar(128) NOT NULL,
    reported_by       varchar(100) NOT NULL,
    received_by       varchar(100) NOT NULL,
    received_at       timestamptz  NOT NULL,
    -- a record arriving twice is stored once
    CONSTRAINT attendance_natural_key UNIQUE (source_key, source_record_id)
);
CREATE INDEX attendance_client_started_idx ON attendance_record (client_id, started_at);

CREATE TABLE case_note (
    id                 bigserial PRIMARY KEY,
    client_id          bigint        NOT NULL REFERENCES client (id),
    body               text          NOT NULL,
    corrects_id        bigint        REFERENCES case_note (id),
    correction_reason  varchar(1000),
    recorded_by        varchar(100)  NOT NULL,
    recorded_at        timestamptz   NOT NULL,
    CHECK ((corrects_id IS NULL) = (correction_reason IS NULL))
);
CREATE INDEX case_note_client_idx ON case_note (client_id, recorded_at);

CREATE TABLE audit_event (
    id           bigserial PRIMARY KEY,
    occurred_at  timestamptz  NOT NULL,
    subject      varchar(100) NOT NULL,
    username     varchar(100),
    roles        varchar(200) NOT NULL,
    action       varchar(12)  NOT NULL CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DISCLOSE', 'EXPORT', 'DENIED')),
    operation    varchar(100) NOT NULL,
    record_type  varchar(40)  NOT NULL,
    record_id    varchar(64),
    client_id    bigint,
    outcome      varchar(12)  NOT NULL CHECK (outcome IN ('SUCCESS', 'DENIED', 'NOT_FOUND', 'INVALID', 'FAILED')),
    origin       varchar(64)
);
CREATE INDEX audit_event_client_idx ON audit_event (client_id, occurred_at);
CREATE INDEX audit_event_subject_idx ON audit_event (subject, occurred_at);

-- Append-only records: case notes and audit events cannot be changed or removed.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER case_note_append_only BEFORE UPDATE OR DELETE ON case_note
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER transition_append_only BEFORE UPDATE OR DELETE ON transition
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
