-- Security in the engine (issue 11, outcome 3): PostgreSQL only, not a numbered migration.
-- Run by the database's owner (a role that may create roles) through ServerSecurity::install
-- after `server init` creates the schema, and again after every later migration; every
-- statement is idempotent. ServerSecurity replaces @P@ with the role prefix of this database
-- (ServerSecurity::rolePrefix, see README here) before running it.
--
-- Roles: four NOLOGIN group roles @P@_officer, @P@_supervisor, @P@_investigator, @P@_admin;
-- every Homecoming user is a LOGIN role "@P@_u_<badge>" (SCRAM-SHA-256 password) that is a
-- member of its group, kept in step with the users table by hc_sync_login().

-- ---- group roles ------------------------------------------------------------------------
DO $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['officer', 'supervisor', 'investigator', 'admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '@P@_' || g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', '@P@_' || g);
        END IF;
    END LOOP;
END $$;

-- ---- who is signed in: SECURITY DEFINER (they read users past its row security) ------------
-- The users row of the session's login role, NULL for any other role (the owner, psql).
CREATE OR REPLACE FUNCTION hc_session_user_id() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM users
     WHERE active = 1 AND left(session_user, length('@P@_u_')) = '@P@_u_'
       AND badge = substr(session_user, length('@P@_u_') + 1)
$$;

CREATE OR REPLACE FUNCTION hc_session_station() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT station_id FROM users WHERE id = hc_session_user_id()
$$;

-- Makes the login role of a users row match it: created when missing (with `password`),
-- LOGIN while the account is active and NOLOGIN while disabled, a member of exactly the group
-- of its role; a non-NULL `password` becomes the role's SCRAM-SHA-256 password. Anyone may
-- bring a role in step with the users table (which only an administrator can change); a
-- password is set only by an administrator, the owner, or the user for their own role.
CREATE OR REPLACE FUNCTION hc_sync_login(p_badge text, p_password text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp SET password_encryption = 'scram-sha-256' AS $$
DECLARE
    u record;
    login text := '@P@_u_' || p_badge;
    g text;
BEGIN
    IF octet_length(login) > 63 THEN
        RAISE EXCEPTION 'badge % is too long for a server role', p_badge;
    END IF;
    SELECT role, active INTO u FROM users WHERE badge = p_badge;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no account with badge %', p_badge;
    END IF;
    IF p_password IS NOT NULL AND session_user <> current_user AND session_user <> login
       AND NOT pg_has_role(session_user, '@P@_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only an administrator sets another user''s password'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', login);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN u.active = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF p_password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, p_password);
    END IF;
    FOREACH g IN ARRAY ARRAY['officer', 'supervisor', 'investigator', 'admin'] LOOP
        IF g = u.role THEN
            EXECUTE format('GRANT %I TO %I', '@P@_' || g, login);
        ELSIF pg_has_role(login, '@P@_' || g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', '@P@_' || g, login);
        END IF;
    END LOOP;
END $$;

REVOKE ALL ON FUNCTION hc_session_user_id(), hc_session_station(), hc_sync_login(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hc_session_user_id(), hc_session_station(), hc_sync_login(text, text)
    TO @P@_officer, @P@_supervisor, @P@_investigator, @P@_admin;

-- The first registry load builds the registry's indexes once, after the rows (schema 24): an
-- importer of any role may, and only into an empty registry (the function checks).
REVOKE ALL ON FUNCTION hc_defer_registry_indexes(), hc_restore_registry_indexes() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hc_defer_registry_indexes(), hc_restore_registry_indexes()
    TO @P@_officer, @P@_supervisor, @P@_investigator, @P@_admin;

-- ---- counters: trigger functions run as the owner ------------------------------------------
-- The triggers that keep the summary tables (op_counters, household_progress, area_day ...)
-- count every station's rows, whoever saves: as the invoker, row security would hide the other
-- stations' rows from their recounts and the figures would drift. So they are SECURITY
-- DEFINER (the owner passes row security) with a fixed search_path.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'public'::regnamespace AND p.prorettype = 'trigger'::regtype
                AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                 WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                   AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = public, pg_temp', f);
    END LOOP;
END $$;

-- ---- grants ---------------------------------------------------------------------------------
GRANT USAGE ON SCHEMA public TO @P@_officer, @P@_supervisor, @P@_investigator, @P@_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public
    TO @P@_officer, @P@_supervisor, @P@_investigator, @P@_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public
    TO @P@_officer, @P@_supervisor, @P@_investigator, @P@_admin;
-- Tables of later migrations get the same grants when created (the script runs again then too).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES
    TO @P@_officer, @P@_supervisor, @P@_investigator, @P@_admin;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES
    TO @P@_officer, @P@_supervisor, @P@_investigator, @P@_admin;

-- The audit log is appended to, never changed: no login role may update, delete or truncate it.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log
    FROM PUBLIC, @P@_officer, @P@_supervisor, @P@_investigator, @P@_admin;
-- Only the two functions of schema 24 (run as the owner) use the index definitions they keep.
REVOKE ALL ON deferred_indexes FROM PUBLIC, @P@_officer, @P@_supervisor, @P@_investigator, @P@_admin;
-- Only the migrations (run by the owner) write the schema version.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations
    FROM PUBLIC, @P@_officer, @P@_supervisor, @P@_investigator, @P@_admin;
-- Accounts: an administrator adds and changes them; the others only their own password.
REVOKE INSERT, UPDATE, DELETE ON users FROM @P@_officer, @P@_supervisor, @P@_investigator;
GRANT UPDATE (password_hash, password_changed_at, must_change_password) ON users
    TO @P@_officer, @P@_supervisor, @P@_investigator;

-- ---- row-level security ---------------------------------------------------------------------
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS users_read ON users;
CREATE POLICY users_read ON users FOR SELECT
    TO @P@_officer, @P@_supervisor, @P@_investigator, @P@_admin USING (true);
DROP POLICY IF EXISTS users_admin ON users;
CREATE POLICY users_admin ON users FOR ALL TO @P@_admin USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS users_self ON users;
CREATE POLICY users_self ON users FOR UPDATE TO @P@_officer, @P@_supervisor, @P@_investigator
    USING (id = (SELECT hc_session_user_id())) WITH CHECK (id = (SELECT hc_session_user_id()));

-- An officer reaches their own station's households, people, visits, screenings, follow-up
-- assignments and cases, and what belongs to those cases (the core's read scopes, Scope.h);
-- supervisors, investigators and administrators every station's.
-- (Subqueries on households inside these policies are filtered by its own policy as well.)
DO $$
DECLARE
    station_households constant text :=
        'SELECT h.id FROM households h JOIN areas a ON a.id = h.area_id '
        'WHERE a.station_id = (SELECT hc_session_station())';
    t text;
    cond text;
BEGIN
    FOR t, cond IN SELECT * FROM (VALUES
        ('households', 'area_id IN (SELECT a.id FROM areas a WHERE a.station_id = (SELECT hc_session_station()))'),
        ('persons', 'household_id IN (' || station_households || ')'),
        ('visits', 'household_id IN (' || station_households || ')'),
        -- a screening belongs to its visit's station (a person registered elsewhere found
        -- here); a follow-up check away from the door to its person's.
        ('screenings', 'CASE WHEN visit_id IS NULL THEN person_id IN (SELECT p.id FROM persons p '
                       'WHERE p.household_id IN (' || station_households || ')) '
                       'ELSE visit_id IN (SELECT v.id FROM visits v) END'),
        ('revisit_assignments', 'household_id IN (' || station_households || ')'),
        ('cases', 'station_id = (SELECT hc_session_station())'),
        -- a case's marks go with the case (its policy filters the subquery); found-person
        -- records, and so their marks, are every station's.
        ('identifying_marks', 'case_id IS NULL OR case_id IN (SELECT c.id FROM cases c)'),
        -- photos and documents (schema 14) carry their owner's station
        ('attachments', 'station_id = (SELECT hc_session_station())'),
        -- a case's leads, rule-outs of match candidates and received PFIF records go with the
        -- case (its policy filters the subquery); a PFIF note received as a lead with the lead.
        ('leads', 'case_id IN (SELECT c.id FROM cases c)'),
        ('match_rule_outs', 'case_id IN (SELECT c.id FROM cases c)'),
        ('unregistered_rule_outs', 'case_id IN (SELECT c.id FROM cases c)'),
        ('pfif_records', '(case_id IS NULL OR case_id IN (SELECT c.id FROM cases c)) '
                         'AND (lead_id IS NULL OR lead_id IN (SELECT l.id FROM leads l))'),
        -- actions (ActionService): the officer's station's, and those allocated to them; their
        -- events go with them.
        ('actions', 'station_id = (SELECT hc_session_station()) '
                    'OR allocated_to = (SELECT hc_session_user_id())'),
        ('action_events', 'action_id IN (SELECT a.id FROM actions a)'),
        -- an officer reads links only in a case file of their station (LinkGraph needs EditCases):
        -- those with a case of their station at one end.
        ('links', '(a_kind = ''case'' AND a_key IN (SELECT c.id::text FROM cases c)) '
                  'OR (b_kind = ''case'' AND b_key IN (SELECT c.id::text FROM cases c))')) AS v(t, cond)
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_station', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL TO %I USING (%s) WITH CHECK (%s)',
                       t || '_station', t, '@P@_officer', cond, cond);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_all', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL TO %I, %I, %I USING (true) WITH CHECK (true)',
                       t || '_all', t, '@P@_supervisor', '@P@_investigator', '@P@_admin');
    END LOOP;
END $$;

-- Attachment contents (schema 14), stored once per SHA-256 whoever attached them: an officer
-- reads the contents their station's attachments hold (the subquery is filtered by the policy
-- of attachments) and adds new ones (INSERT ... ON CONFLICT DO NOTHING: the same bytes attached
-- at another station are not shown to them). An officer removes no content: one left without
-- attachments by an officer's removal may still be held by another station's attachment that
-- the officer cannot see; it is removed with its last attachment by a supervisor's removal.
ALTER TABLE attachment_contents ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS attachment_contents_station ON attachment_contents;
CREATE POLICY attachment_contents_station ON attachment_contents FOR SELECT TO @P@_officer
    USING (sha256 IN (SELECT a.sha256 FROM attachments a));
DROP POLICY IF EXISTS attachment_contents_add ON attachment_contents;
CREATE POLICY attachment_contents_add ON attachment_contents FOR INSERT TO @P@_officer WITH CHECK (true);
DROP POLICY IF EXISTS attachment_contents_all ON attachment_contents;
CREATE POLICY attachment_contents_all ON attachment_contents FOR ALL
    TO @P@_supervisor, @P@_investigator, @P@_admin USING (true) WITH CHECK (true);

-- This database's own PFIF domain (schema 15), made once by the first export whoever runs it: an
-- officer reads it and may make it, but not change or remove it.
ALTER TABLE pfif_repository ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS pfif_repository_read ON pfif_repository;
CREATE POLICY pfif_repository_read ON pfif_repository FOR SELECT TO @P@_officer USING (true);
DROP POLICY IF EXISTS pfif_repository_add ON pfif_repository;
CREATE POLICY pfif_repository_add ON pfif_repository FOR INSERT TO @P@_officer WITH CHECK (true);
DROP POLICY IF EXISTS pfif_repository_all ON pfif_repository;
CREATE POLICY pfif_repository_all ON pfif_repository FOR ALL
    TO @P@_supervisor, @P@_investigator, @P@_admin USING (true) WITH CHECK (true);
