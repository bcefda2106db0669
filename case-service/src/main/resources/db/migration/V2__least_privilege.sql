-- The application's role gets what it needs and no more. Migrations run as the schema owner
-- (stepwise.db.migration.user); the application connects as ${appRole}.
-- Append-only records (timeline, progress notes, attendance, case notes, audit) are never
-- updated or deleted by the application: it may only read and insert them.

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON client, house, goal, goal_milestone, residency TO ${appRole};
GRANT SELECT, INSERT ON transition, goal_progress_note, attendance_record, case_note, audit_event TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${appRole};
