-- Caseloads keyed on the token's immutable subject (the Keycloak user id), not the username: a
-- username can be renamed, and once its holder leaves it can be given to someone else, who must not
-- inherit the caseload. The username stays on the client for display.
--
-- staff_member is who has signed in: the subject, the username it last signed in with and its roles
-- then. A username another subject signs in with passes to that subject (the old row keeps none), so
-- an admin assigning "cm.rivera" reaches whoever holds that login now.
CREATE TABLE staff_member (
    subject     varchar(100) PRIMARY KEY,
    username    varchar(100) UNIQUE,
    roles       text[]       NOT NULL,
    first_seen  timestamptz  NOT NULL,
    changed_at  timestamptz  NOT NULL
);

-- Null only for clients recorded before this migration: the case manager's next sign-in under the
-- stored username binds them (once), see JdbcStaffDirectory.
ALTER TABLE client ADD COLUMN case_manager_subject varchar(100);
CREATE INDEX client_case_manager_subject_idx ON client (case_manager_subject, family_name, id);

-- A rejected row names the client it was about when the house's reference resolves, so a case
-- manager reading a house's report sees the rows of their own clients only.
ALTER TABLE intake_reject ADD COLUMN client_ref varchar(64);
ALTER TABLE intake_reject ADD COLUMN client_id bigint REFERENCES client (id);

GRANT SELECT, INSERT, UPDATE ON staff_member TO ${appRole};
