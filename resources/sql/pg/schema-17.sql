-- Schema 17 on PostgreSQL (see ../schema-17.sql): op_counters in rows per station.
-- Every station's visit save used to update the same rows (operation, name) of op_counters,
-- so all writers of the city queued on them, one transaction after another. Now the key is
-- (operation, station, name): a visit and its household's progress count in the row of the
-- household's station, a screening and its person's progress in the row of the person's
-- station (0 for a person with no household). Readers sum a name's rows
-- (StatsStore::counters). Every change is an upsert of a delta (hc_count), so a decrement
-- lands in some row even when the station of a household changed since it was counted, and
-- the sum stays right. The rows already there become station 0.

ALTER TABLE op_counters ADD COLUMN station_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE op_counters DROP CONSTRAINT op_counters_pkey;
ALTER TABLE op_counters ADD PRIMARY KEY (operation_id, station_id, name);

-- Adds delta to one counter of one station (PL/pgSQL: its plan is kept for the session).
CREATE FUNCTION hc_count(p_op integer, p_station integer, p_name text, p_delta integer)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO op_counters(operation_id, station_id, name, value)
        VALUES (p_op, p_station, p_name, p_delta)
        ON CONFLICT (operation_id, station_id, name) DO UPDATE SET value = op_counters.value + excluded.value;
END $$;

CREATE FUNCTION hc_household_station(p_household integer) RETURNS integer LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN coalesce((SELECT a.station_id FROM households h JOIN areas a ON a.id = h.area_id
                     WHERE h.id = p_household), 0);
END $$;

CREATE FUNCTION hc_person_station(p_person integer) RETURNS integer LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN coalesce((SELECT a.station_id FROM persons p JOIN households h ON h.id = p.household_id
                     JOIN areas a ON a.id = h.area_id WHERE p.id = p_person), 0);
END $$;

-- ---- The counting trigger functions of schema 1, counting per station ------------------------
-- (Their other statements unchanged; security.sql makes them SECURITY DEFINER again.)
CREATE OR REPLACE FUNCTION visits_ai() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM hc_count(NEW.operation_id, hc_household_station(NEW.household_id), 'visits', 1);
    INSERT INTO household_progress(operation_id, household_id, visits, covered, last_visit_at)
        VALUES (NEW.operation_id, NEW.household_id, 1,
                (NEW.outcome IN ('completed', 'vacant', 'demolished'))::int, NEW.visited_at)
        ON CONFLICT(operation_id, household_id) DO UPDATE SET
            visits = household_progress.visits + 1,
            covered = greatest(household_progress.covered, excluded.covered),
            last_visit_at = greatest(household_progress.last_visit_at, excluded.last_visit_at);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION visits_ad() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM hc_count(OLD.operation_id, hc_household_station(OLD.household_id), 'visits', -1);
    DELETE FROM household_progress WHERE operation_id = OLD.operation_id AND household_id = OLD.household_id;
    INSERT INTO household_progress(operation_id, household_id, visits, covered, last_visit_at)
        SELECT operation_id, household_id, count(*),
               max((outcome IN ('completed', 'vacant', 'demolished'))::int), max(visited_at)
        FROM visits WHERE operation_id = OLD.operation_id AND household_id = OLD.household_id
        GROUP BY operation_id, household_id;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION visits_au() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM hc_count(OLD.operation_id, hc_household_station(OLD.household_id), 'visits', -1);
    PERFORM hc_count(NEW.operation_id, hc_household_station(NEW.household_id), 'visits', 1);
    DELETE FROM household_progress WHERE operation_id = OLD.operation_id AND household_id = OLD.household_id;
    INSERT INTO household_progress(operation_id, household_id, visits, covered, last_visit_at)
        SELECT operation_id, household_id, count(*),
               max((outcome IN ('completed', 'vacant', 'demolished'))::int), max(visited_at)
        FROM visits WHERE operation_id = OLD.operation_id AND household_id = OLD.household_id
        GROUP BY operation_id, household_id;
    DELETE FROM household_progress WHERE operation_id = NEW.operation_id AND household_id = NEW.household_id;
    INSERT INTO household_progress(operation_id, household_id, visits, covered, last_visit_at)
        SELECT operation_id, household_id, count(*),
               max((outcome IN ('completed', 'vacant', 'demolished'))::int), max(visited_at)
        FROM visits WHERE operation_id = NEW.operation_id AND household_id = NEW.household_id
        GROUP BY operation_id, household_id;
    UPDATE screenings SET operation_id = NEW.operation_id, screened_at = NEW.visited_at
        WHERE visit_id = NEW.id AND (operation_id <> NEW.operation_id OR screened_at <> NEW.visited_at);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION household_progress_ai() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    st integer := hc_household_station(NEW.household_id);
BEGIN
    PERFORM hc_count(NEW.operation_id, st, 'households_visited', 1);
    PERFORM hc_count(NEW.operation_id, st, 'households_covered', NEW.covered);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION household_progress_au() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM hc_count(NEW.operation_id, hc_household_station(NEW.household_id), 'households_covered',
                     NEW.covered - OLD.covered);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION household_progress_ad() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    st integer := hc_household_station(OLD.household_id);
BEGIN
    PERFORM hc_count(OLD.operation_id, st, 'households_visited', -1);
    PERFORM hc_count(OLD.operation_id, st, 'households_covered', -OLD.covered);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION screenings_ai() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    st integer := hc_person_station(NEW.person_id);
BEGIN
    PERFORM hc_count(NEW.operation_id, st, 'person_checks', 1);
    PERFORM hc_count(NEW.operation_id, st, 'checks.' || NEW.status, 1);
    IF NEW.status = 'unregistered_found'
       AND NOT EXISTS (SELECT 1 FROM screenings s WHERE s.person_id = NEW.person_id
                       AND s.operation_id = NEW.operation_id AND s.status = 'unregistered_found'
                       AND s.id <> NEW.id) THEN
        PERFORM hc_count(NEW.operation_id, st, 'unregistered_found', 1);
    END IF;
    INSERT INTO person_progress(operation_id, person_id, latest_at, latest_id, status)
        VALUES (NEW.operation_id, NEW.person_id, NEW.screened_at, NEW.id, NEW.status)
        ON CONFLICT(operation_id, person_id) DO UPDATE SET
            latest_at = excluded.latest_at, latest_id = excluded.latest_id, status = excluded.status
        WHERE excluded.latest_at > person_progress.latest_at
           OR (excluded.latest_at = person_progress.latest_at AND excluded.latest_id > person_progress.latest_id);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION screenings_ad() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    st integer := hc_person_station(OLD.person_id);
BEGIN
    PERFORM hc_count(OLD.operation_id, st, 'person_checks', -1);
    PERFORM hc_count(OLD.operation_id, st, 'checks.' || OLD.status, -1);
    IF OLD.status = 'unregistered_found'
       AND NOT EXISTS (SELECT 1 FROM screenings s WHERE s.person_id = OLD.person_id
                       AND s.operation_id = OLD.operation_id AND s.status = 'unregistered_found') THEN
        PERFORM hc_count(OLD.operation_id, st, 'unregistered_found', -1);
    END IF;
    DELETE FROM person_progress WHERE operation_id = OLD.operation_id AND person_id = OLD.person_id;
    INSERT INTO person_progress(operation_id, person_id, latest_at, latest_id, status)
        SELECT operation_id, person_id, screened_at, id, status FROM screenings
        WHERE operation_id = OLD.operation_id AND person_id = OLD.person_id
        ORDER BY screened_at DESC, id DESC LIMIT 1;
    RETURN NULL;
END $$;

-- An update is a deletion of the old row's effects followed by an insertion of the new.
CREATE OR REPLACE FUNCTION screenings_au() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_st integer := hc_person_station(OLD.person_id);
    new_st integer := hc_person_station(NEW.person_id);
BEGIN
    PERFORM hc_count(OLD.operation_id, old_st, 'person_checks', -1);
    PERFORM hc_count(OLD.operation_id, old_st, 'checks.' || OLD.status, -1);
    IF OLD.status = 'unregistered_found'
       AND NOT EXISTS (SELECT 1 FROM screenings s WHERE s.person_id = OLD.person_id
                       AND s.operation_id = OLD.operation_id AND s.status = 'unregistered_found') THEN
        PERFORM hc_count(OLD.operation_id, old_st, 'unregistered_found', -1);
    END IF;
    PERFORM hc_count(NEW.operation_id, new_st, 'person_checks', 1);
    PERFORM hc_count(NEW.operation_id, new_st, 'checks.' || NEW.status, 1);
    -- Not when this very row already counted the same person in the same operation.
    IF NEW.status = 'unregistered_found'
       AND NOT (OLD.status = 'unregistered_found' AND OLD.operation_id = NEW.operation_id
                AND OLD.person_id = NEW.person_id)
       AND NOT EXISTS (SELECT 1 FROM screenings s WHERE s.person_id = NEW.person_id
                       AND s.operation_id = NEW.operation_id AND s.status = 'unregistered_found'
                       AND s.id <> NEW.id) THEN
        PERFORM hc_count(NEW.operation_id, new_st, 'unregistered_found', 1);
    END IF;
    DELETE FROM person_progress WHERE operation_id = OLD.operation_id AND person_id = OLD.person_id;
    INSERT INTO person_progress(operation_id, person_id, latest_at, latest_id, status)
        SELECT operation_id, person_id, screened_at, id, status FROM screenings
        WHERE operation_id = OLD.operation_id AND person_id = OLD.person_id
        ORDER BY screened_at DESC, id DESC LIMIT 1;
    DELETE FROM person_progress WHERE operation_id = NEW.operation_id AND person_id = NEW.person_id;
    INSERT INTO person_progress(operation_id, person_id, latest_at, latest_id, status)
        SELECT operation_id, person_id, screened_at, id, status FROM screenings
        WHERE operation_id = NEW.operation_id AND person_id = NEW.person_id
        ORDER BY screened_at DESC, id DESC LIMIT 1;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION person_progress_ai() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    st integer := hc_person_station(NEW.person_id);
BEGIN
    PERFORM hc_count(NEW.operation_id, st, 'persons_screened', 1);
    PERFORM hc_count(NEW.operation_id, st, 'latest.' || NEW.status, 1);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION person_progress_au() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    st integer := hc_person_station(NEW.person_id);
BEGIN
    PERFORM hc_count(OLD.operation_id, st, 'latest.' || OLD.status, -1);
    PERFORM hc_count(NEW.operation_id, st, 'latest.' || NEW.status, 1);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION person_progress_ad() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    st integer := hc_person_station(OLD.person_id);
BEGIN
    PERFORM hc_count(OLD.operation_id, st, 'persons_screened', -1);
    PERFORM hc_count(OLD.operation_id, st, 'latest.' || OLD.status, -1);
    RETURN NULL;
END $$;
