-- Homecoming schema version 3, PostgreSQL variant of ../schema-3.sql: counters for the
-- supervisor's dashboard (PL/pgSQL trigger functions for the SQLite triggers).
-- The dashboard's series filtered by sub-bureau, station, area and date range read these small
-- tables instead of aggregating visits and screenings (at scale 10: 0.5 s for coverage per
-- station and 1.4 s for the day series by plain aggregates; see DashboardService). They are
-- kept in step by the triggers below, like op_counters in schema 1, and filled once here.
--
-- Attribution: a visit counts for its household's area and its officer on its day; a
-- screening for its visit's household's area and officer (a follow-up check without a visit:
-- the person's household's area and the checking officer; 0 when there is none) on the day
-- it was screened. A household's first visit and first covering visit (the earliest by time,
-- then id) count as "newly visited" and "newly covered" on their day, the covering one for
-- its officer. The latest status of a person counts for the person's household's area.

ALTER TABLE household_progress ADD COLUMN first_visit_at TEXT;
ALTER TABLE household_progress ADD COLUMN first_covered_at TEXT;
ALTER TABLE household_progress ADD COLUMN first_covered_by INTEGER;

CREATE TABLE area_households (
    area_id    INTEGER PRIMARY KEY,
    households INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE area_progress (
    operation_id INTEGER NOT NULL,
    area_id      INTEGER NOT NULL,
    visited      INTEGER NOT NULL DEFAULT 0,
    covered      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (operation_id, area_id)
);

CREATE TABLE area_day (
    operation_id  INTEGER NOT NULL,
    area_id       INTEGER NOT NULL,
    day           TEXT NOT NULL,
    visits        INTEGER NOT NULL DEFAULT 0,
    newly_visited INTEGER NOT NULL DEFAULT 0,
    newly_covered INTEGER NOT NULL DEFAULT 0,
    person_checks INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (operation_id, area_id, day)
);

CREATE TABLE officer_day (
    operation_id  INTEGER NOT NULL,
    officer_id    INTEGER NOT NULL,
    day           TEXT NOT NULL,
    visits        INTEGER NOT NULL DEFAULT 0,
    covered       INTEGER NOT NULL DEFAULT 0,
    person_checks INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (operation_id, officer_id, day)
);

CREATE TABLE area_latest (
    operation_id INTEGER NOT NULL,
    area_id      INTEGER NOT NULL,
    status       TEXT NOT NULL,
    persons      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (operation_id, area_id, status)
);

CREATE INDEX cases_outcome ON cases(operation_id, outcome_date);

-- ---- Filled once for the data already there (before the triggers exist) ----------------
UPDATE household_progress SET
    first_visit_at = (SELECT min(v.visited_at) FROM visits v
                      WHERE v.household_id = household_progress.household_id
                        AND v.operation_id = household_progress.operation_id),
    first_covered_at = (SELECT min(v.visited_at) FROM visits v
                        WHERE v.household_id = household_progress.household_id
                          AND v.operation_id = household_progress.operation_id
                          AND v.outcome IN ('completed', 'vacant', 'demolished')),
    first_covered_by = (SELECT v.officer_id FROM visits v
                        WHERE v.household_id = household_progress.household_id
                          AND v.operation_id = household_progress.operation_id
                          AND v.outcome IN ('completed', 'vacant', 'demolished')
                        ORDER BY v.visited_at, v.id LIMIT 1);

INSERT INTO area_households(area_id, households)
    SELECT area_id, count(*) FROM households GROUP BY area_id;

INSERT INTO area_progress(operation_id, area_id, visited, covered)
    SELECT hp.operation_id, h.area_id, count(*), sum(hp.covered)
    FROM household_progress hp JOIN households h ON h.id = hp.household_id GROUP BY 1, 2;

INSERT INTO area_day(operation_id, area_id, day, visits)
    SELECT v.operation_id, h.area_id, substr(v.visited_at, 1, 10), count(*)
    FROM visits v JOIN households h ON h.id = v.household_id GROUP BY 1, 2, 3;
INSERT INTO area_day(operation_id, area_id, day, newly_visited)
    SELECT hp.operation_id, h.area_id, substr(hp.first_visit_at, 1, 10), count(*)
    FROM household_progress hp JOIN households h ON h.id = hp.household_id
    WHERE hp.first_visit_at IS NOT NULL GROUP BY 1, 2, 3
    ON CONFLICT(operation_id, area_id, day) DO UPDATE SET newly_visited = excluded.newly_visited;
INSERT INTO area_day(operation_id, area_id, day, newly_covered)
    SELECT hp.operation_id, h.area_id, substr(hp.first_covered_at, 1, 10), count(*)
    FROM household_progress hp JOIN households h ON h.id = hp.household_id
    WHERE hp.first_covered_at IS NOT NULL GROUP BY 1, 2, 3
    ON CONFLICT(operation_id, area_id, day) DO UPDATE SET newly_covered = excluded.newly_covered;
INSERT INTO area_day(operation_id, area_id, day, person_checks)
    SELECT s.operation_id,
           coalesce((SELECT h.area_id FROM visits v JOIN households h ON h.id = v.household_id
                     WHERE v.id = s.visit_id),
                    (SELECT h.area_id FROM persons p JOIN households h ON h.id = p.household_id
                     WHERE p.id = s.person_id), 0) AS area,
           substr(s.screened_at, 1, 10), count(*)
    FROM screenings s WHERE true GROUP BY 1, 2, 3
    ON CONFLICT(operation_id, area_id, day) DO UPDATE SET person_checks = excluded.person_checks;

INSERT INTO officer_day(operation_id, officer_id, day, visits)
    SELECT operation_id, officer_id, substr(visited_at, 1, 10), count(*) FROM visits GROUP BY 1, 2, 3;
INSERT INTO officer_day(operation_id, officer_id, day, covered)
    SELECT operation_id, first_covered_by, substr(first_covered_at, 1, 10), count(*)
    FROM household_progress WHERE first_covered_at IS NOT NULL GROUP BY 1, 2, 3
    ON CONFLICT(operation_id, officer_id, day) DO UPDATE SET covered = excluded.covered;
INSERT INTO officer_day(operation_id, officer_id, day, person_checks)
    SELECT s.operation_id,
           coalesce((SELECT v.officer_id FROM visits v WHERE v.id = s.visit_id), s.officer_id, 0) AS officer,
           substr(s.screened_at, 1, 10), count(*)
    FROM screenings s WHERE true GROUP BY 1, 2, 3
    ON CONFLICT(operation_id, officer_id, day) DO UPDATE SET person_checks = excluded.person_checks;

INSERT INTO area_latest(operation_id, area_id, status, persons)
    SELECT pp.operation_id, coalesce(h.area_id, 0), pp.status, count(*)
    FROM person_progress pp JOIN persons p ON p.id = pp.person_id
    LEFT JOIN households h ON h.id = p.household_id GROUP BY 1, 2, 3;

-- ---- Households: the households in scope per area, and moves between areas -------------
CREATE FUNCTION households_dash_ai() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO area_households(area_id, households) VALUES (NEW.area_id, 1)
        ON CONFLICT(area_id) DO UPDATE SET households = area_households.households + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER households_dash_ai AFTER INSERT ON households
    FOR EACH ROW EXECUTE FUNCTION households_dash_ai();

CREATE FUNCTION households_dash_ad() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_households SET households = households - 1 WHERE area_id = OLD.area_id;
    RETURN NULL;
END $$;
CREATE TRIGGER households_dash_ad AFTER DELETE ON households
    FOR EACH ROW EXECUTE FUNCTION households_dash_ad();

-- A household moved to another area (a registry re-import) takes everything counted for it.
CREATE FUNCTION households_dash_au() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_households SET households = households - 1 WHERE area_id = OLD.area_id;
    INSERT INTO area_households(area_id, households) VALUES (NEW.area_id, 1)
        ON CONFLICT(area_id) DO UPDATE SET households = area_households.households + 1;
    UPDATE area_progress SET visited = area_progress.visited - 1, covered = area_progress.covered - x.covered
        FROM (SELECT operation_id, covered FROM household_progress WHERE household_id = NEW.id) x
        WHERE area_progress.operation_id = x.operation_id AND area_progress.area_id = OLD.area_id;
    INSERT INTO area_progress(operation_id, area_id, visited, covered)
        SELECT operation_id, NEW.area_id, 1, covered FROM household_progress WHERE household_id = NEW.id
        ON CONFLICT(operation_id, area_id) DO UPDATE SET
            visited = area_progress.visited + 1, covered = area_progress.covered + excluded.covered;
    -- Day counters: the household's visits, its first visit and first cover, the checks at it.
    INSERT INTO area_day(operation_id, area_id, day)
        SELECT op, area, day FROM (
            SELECT operation_id AS op, substr(visited_at, 1, 10) AS day, 1 AS v, 0 AS nv, 0 AS nc, 0 AS pc
                FROM visits WHERE household_id = NEW.id
            UNION ALL
            SELECT operation_id, substr(first_visit_at, 1, 10), 0, 1, 0, 0 FROM household_progress
                WHERE household_id = NEW.id AND first_visit_at IS NOT NULL
            UNION ALL
            SELECT operation_id, substr(first_covered_at, 1, 10), 0, 0, 1, 0 FROM household_progress
                WHERE household_id = NEW.id AND first_covered_at IS NOT NULL
            UNION ALL
            SELECT s.operation_id, substr(s.screened_at, 1, 10), 0, 0, 0, 1
                FROM screenings s JOIN visits v ON v.id = s.visit_id WHERE v.household_id = NEW.id
            UNION ALL
            SELECT s.operation_id, substr(s.screened_at, 1, 10), 0, 0, 0, 1
                FROM screenings s JOIN persons p ON p.id = s.person_id
                WHERE s.visit_id IS NULL AND p.household_id = NEW.id
        ) d CROSS JOIN (SELECT OLD.area_id AS area, -1 AS sign UNION ALL SELECT NEW.area_id, 1) s
        WHERE true GROUP BY op, area, day
        ON CONFLICT(operation_id, area_id, day) DO NOTHING;
    -- (The insert above only creates the missing rows, zeroed; the signed sums follow.)
    UPDATE area_day SET visits = area_day.visits + x.v, newly_visited = area_day.newly_visited + x.nv,
                        newly_covered = area_day.newly_covered + x.nc,
                        person_checks = area_day.person_checks + x.pc
        FROM (SELECT op, area, day, sum(v * sign) AS v, sum(nv * sign) AS nv, sum(nc * sign) AS nc,
                     sum(pc * sign) AS pc FROM (
            SELECT operation_id AS op, substr(visited_at, 1, 10) AS day, 1 AS v, 0 AS nv, 0 AS nc, 0 AS pc
                FROM visits WHERE household_id = NEW.id
            UNION ALL
            SELECT operation_id, substr(first_visit_at, 1, 10), 0, 1, 0, 0 FROM household_progress
                WHERE household_id = NEW.id AND first_visit_at IS NOT NULL
            UNION ALL
            SELECT operation_id, substr(first_covered_at, 1, 10), 0, 0, 1, 0 FROM household_progress
                WHERE household_id = NEW.id AND first_covered_at IS NOT NULL
            UNION ALL
            SELECT s.operation_id, substr(s.screened_at, 1, 10), 0, 0, 0, 1
                FROM screenings s JOIN visits v ON v.id = s.visit_id WHERE v.household_id = NEW.id
            UNION ALL
            SELECT s.operation_id, substr(s.screened_at, 1, 10), 0, 0, 0, 1
                FROM screenings s JOIN persons p ON p.id = s.person_id
                WHERE s.visit_id IS NULL AND p.household_id = NEW.id
        ) d CROSS JOIN (SELECT OLD.area_id AS area, -1 AS sign UNION ALL SELECT NEW.area_id, 1) s
        GROUP BY op, area, day) x
        WHERE area_day.operation_id = x.op AND area_day.area_id = x.area AND area_day.day = x.day;
    UPDATE area_latest SET persons = area_latest.persons - x.n
        FROM (SELECT pp.operation_id, pp.status, count(*) AS n FROM person_progress pp
              JOIN persons p ON p.id = pp.person_id WHERE p.household_id = NEW.id GROUP BY 1, 2) x
        WHERE area_latest.operation_id = x.operation_id AND area_latest.area_id = OLD.area_id
          AND area_latest.status = x.status;
    INSERT INTO area_latest(operation_id, area_id, status, persons)
        SELECT pp.operation_id, NEW.area_id, pp.status, count(*) FROM person_progress pp
        JOIN persons p ON p.id = pp.person_id WHERE p.household_id = NEW.id GROUP BY 1, 3
        ON CONFLICT(operation_id, area_id, status) DO UPDATE SET persons = area_latest.persons + excluded.persons;
    RETURN NULL;
END $$;
CREATE TRIGGER households_dash_au AFTER UPDATE OF area_id ON households
    FOR EACH ROW
    WHEN (NEW.area_id <> OLD.area_id) EXECUTE FUNCTION households_dash_au();

-- ---- Visits: visits per area-day and officer-day -----------------------------------------
CREATE FUNCTION visits_dash_ai() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO area_day(operation_id, area_id, day, visits)
        VALUES (NEW.operation_id, coalesce((SELECT area_id FROM households WHERE id = NEW.household_id), 0),
                substr(NEW.visited_at, 1, 10), 1)
        ON CONFLICT(operation_id, area_id, day) DO UPDATE SET visits = area_day.visits + 1;
    INSERT INTO officer_day(operation_id, officer_id, day, visits)
        VALUES (NEW.operation_id, NEW.officer_id, substr(NEW.visited_at, 1, 10), 1)
        ON CONFLICT(operation_id, officer_id, day) DO UPDATE SET visits = officer_day.visits + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER visits_dash_ai AFTER INSERT ON visits
    FOR EACH ROW EXECUTE FUNCTION visits_dash_ai();

-- The visit's screenings go first, while the visit still says where they were counted
-- (the foreign key's cascade would run after the visit is gone).
CREATE FUNCTION visits_dash_bd() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM screenings WHERE visit_id = OLD.id;
    RETURN OLD;
END $$;
CREATE TRIGGER visits_dash_bd BEFORE DELETE ON visits
    FOR EACH ROW EXECUTE FUNCTION visits_dash_bd();

CREATE FUNCTION visits_dash_ad() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_day SET visits = visits - 1
        WHERE operation_id = OLD.operation_id AND day = substr(OLD.visited_at, 1, 10)
          AND area_id = coalesce((SELECT area_id FROM households WHERE id = OLD.household_id), 0);
    UPDATE officer_day SET visits = visits - 1
        WHERE operation_id = OLD.operation_id AND officer_id = OLD.officer_id
          AND day = substr(OLD.visited_at, 1, 10);
    RETURN NULL;
END $$;
CREATE TRIGGER visits_dash_ad AFTER DELETE ON visits
    FOR EACH ROW EXECUTE FUNCTION visits_dash_ad();

-- Runs before schema 1's visits_au (PostgreSQL fires a table's triggers in name order, hence
-- the 0 in its name), so a change of household or officer moves the screenings' checks before
-- their day or operation follows.
CREATE FUNCTION visits_0dash_au() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_day SET visits = visits - 1
        WHERE operation_id = OLD.operation_id AND day = substr(OLD.visited_at, 1, 10)
          AND area_id = coalesce((SELECT area_id FROM households WHERE id = OLD.household_id), 0);
    UPDATE officer_day SET visits = visits - 1
        WHERE operation_id = OLD.operation_id AND officer_id = OLD.officer_id
          AND day = substr(OLD.visited_at, 1, 10);
    INSERT INTO area_day(operation_id, area_id, day, visits)
        VALUES (NEW.operation_id, coalesce((SELECT area_id FROM households WHERE id = NEW.household_id), 0),
                substr(NEW.visited_at, 1, 10), 1)
        ON CONFLICT(operation_id, area_id, day) DO UPDATE SET visits = area_day.visits + 1;
    INSERT INTO officer_day(operation_id, officer_id, day, visits)
        VALUES (NEW.operation_id, NEW.officer_id, substr(NEW.visited_at, 1, 10), 1)
        ON CONFLICT(operation_id, officer_id, day) DO UPDATE SET visits = officer_day.visits + 1;
    -- The screenings' checks, when the household or the officer changed.
    UPDATE area_day SET person_checks = area_day.person_checks - x.n
        FROM (SELECT operation_id AS op, substr(screened_at, 1, 10) AS day, count(*) AS n FROM screenings
              WHERE visit_id = NEW.id AND OLD.household_id <> NEW.household_id GROUP BY 1, 2) x
        WHERE area_day.operation_id = x.op AND area_day.day = x.day
          AND area_day.area_id = coalesce((SELECT area_id FROM households WHERE id = OLD.household_id), 0);
    INSERT INTO area_day(operation_id, area_id, day, person_checks)
        SELECT operation_id, coalesce((SELECT area_id FROM households WHERE id = NEW.household_id), 0),
               substr(screened_at, 1, 10), count(*) FROM screenings
        WHERE visit_id = NEW.id AND OLD.household_id <> NEW.household_id GROUP BY 1, 3
        ON CONFLICT(operation_id, area_id, day) DO UPDATE SET person_checks = area_day.person_checks + excluded.person_checks;
    UPDATE officer_day SET person_checks = officer_day.person_checks - x.n
        FROM (SELECT operation_id AS op, substr(screened_at, 1, 10) AS day, count(*) AS n FROM screenings
              WHERE visit_id = NEW.id AND OLD.officer_id <> NEW.officer_id GROUP BY 1, 2) x
        WHERE officer_day.operation_id = x.op AND officer_day.day = x.day
          AND officer_day.officer_id = OLD.officer_id;
    INSERT INTO officer_day(operation_id, officer_id, day, person_checks)
        SELECT operation_id, NEW.officer_id, substr(screened_at, 1, 10), count(*) FROM screenings
        WHERE visit_id = NEW.id AND OLD.officer_id <> NEW.officer_id GROUP BY 1, 3
        ON CONFLICT(operation_id, officer_id, day) DO UPDATE SET person_checks = officer_day.person_checks + excluded.person_checks;
    RETURN NULL;
END $$;
CREATE TRIGGER visits_0dash_au AFTER UPDATE OF operation_id, household_id, officer_id, visited_at ON visits
    FOR EACH ROW EXECUTE FUNCTION visits_0dash_au();

-- ---- Household progress: first visit and first cover, area coverage ----------------------
CREATE FUNCTION household_progress_dash_fill_ai() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE household_progress SET
        first_visit_at = (SELECT min(v.visited_at) FROM visits v
                          WHERE v.household_id = NEW.household_id AND v.operation_id = NEW.operation_id),
        first_covered_at = (SELECT min(v.visited_at) FROM visits v
                            WHERE v.household_id = NEW.household_id AND v.operation_id = NEW.operation_id
                              AND v.outcome IN ('completed', 'vacant', 'demolished')),
        first_covered_by = (SELECT v.officer_id FROM visits v
                            WHERE v.household_id = NEW.household_id AND v.operation_id = NEW.operation_id
                              AND v.outcome IN ('completed', 'vacant', 'demolished')
                            ORDER BY v.visited_at, v.id LIMIT 1)
        WHERE operation_id = NEW.operation_id AND household_id = NEW.household_id;
    INSERT INTO area_progress(operation_id, area_id, visited, covered)
        VALUES (NEW.operation_id, coalesce((SELECT area_id FROM households WHERE id = NEW.household_id), 0),
                1, NEW.covered)
        ON CONFLICT(operation_id, area_id) DO UPDATE SET
            visited = area_progress.visited + 1, covered = area_progress.covered + excluded.covered;
    RETURN NULL;
END $$;
CREATE TRIGGER household_progress_dash_fill_ai AFTER INSERT ON household_progress
    FOR EACH ROW EXECUTE FUNCTION household_progress_dash_fill_ai();

-- schema 1's upsert sets these columns on every further visit to the household.
CREATE FUNCTION household_progress_dash_fill_au() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE household_progress SET
        first_visit_at = (SELECT min(v.visited_at) FROM visits v
                          WHERE v.household_id = NEW.household_id AND v.operation_id = NEW.operation_id),
        first_covered_at = (SELECT min(v.visited_at) FROM visits v
                            WHERE v.household_id = NEW.household_id AND v.operation_id = NEW.operation_id
                              AND v.outcome IN ('completed', 'vacant', 'demolished')),
        first_covered_by = (SELECT v.officer_id FROM visits v
                            WHERE v.household_id = NEW.household_id AND v.operation_id = NEW.operation_id
                              AND v.outcome IN ('completed', 'vacant', 'demolished')
                            ORDER BY v.visited_at, v.id LIMIT 1)
        WHERE operation_id = NEW.operation_id AND household_id = NEW.household_id;
    RETURN NULL;
END $$;
CREATE TRIGGER household_progress_dash_fill_au AFTER UPDATE OF visits, covered, last_visit_at ON household_progress
    FOR EACH ROW EXECUTE FUNCTION household_progress_dash_fill_au();

CREATE FUNCTION household_progress_dash_covered() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_progress SET covered = covered + NEW.covered - OLD.covered
        WHERE operation_id = NEW.operation_id
          AND area_id = coalesce((SELECT area_id FROM households WHERE id = NEW.household_id), 0);
    RETURN NULL;
END $$;
CREATE TRIGGER household_progress_dash_covered AFTER UPDATE OF covered ON household_progress
    FOR EACH ROW
    WHEN (NEW.covered <> OLD.covered) EXECUTE FUNCTION household_progress_dash_covered();

CREATE FUNCTION household_progress_dash_first() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_day SET newly_visited = newly_visited - 1
        WHERE OLD.first_visit_at IS NOT NULL AND operation_id = OLD.operation_id
          AND day = substr(OLD.first_visit_at, 1, 10)
          AND area_id = coalesce((SELECT area_id FROM households WHERE id = OLD.household_id), 0);
    UPDATE area_day SET newly_covered = newly_covered - 1
        WHERE OLD.first_covered_at IS NOT NULL AND operation_id = OLD.operation_id
          AND day = substr(OLD.first_covered_at, 1, 10)
          AND area_id = coalesce((SELECT area_id FROM households WHERE id = OLD.household_id), 0);
    UPDATE officer_day SET covered = covered - 1
        WHERE OLD.first_covered_at IS NOT NULL AND operation_id = OLD.operation_id
          AND officer_id = OLD.first_covered_by AND day = substr(OLD.first_covered_at, 1, 10);
    INSERT INTO area_day(operation_id, area_id, day, newly_visited)
        SELECT NEW.operation_id, coalesce((SELECT area_id FROM households WHERE id = NEW.household_id), 0),
               substr(NEW.first_visit_at, 1, 10), 1 WHERE NEW.first_visit_at IS NOT NULL
        ON CONFLICT(operation_id, area_id, day) DO UPDATE SET newly_visited = area_day.newly_visited + 1;
    INSERT INTO area_day(operation_id, area_id, day, newly_covered)
        SELECT NEW.operation_id, coalesce((SELECT area_id FROM households WHERE id = NEW.household_id), 0),
               substr(NEW.first_covered_at, 1, 10), 1 WHERE NEW.first_covered_at IS NOT NULL
        ON CONFLICT(operation_id, area_id, day) DO UPDATE SET newly_covered = area_day.newly_covered + 1;
    INSERT INTO officer_day(operation_id, officer_id, day, covered)
        SELECT NEW.operation_id, NEW.first_covered_by, substr(NEW.first_covered_at, 1, 10), 1
        WHERE NEW.first_covered_at IS NOT NULL
        ON CONFLICT(operation_id, officer_id, day) DO UPDATE SET covered = officer_day.covered + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER household_progress_dash_first AFTER UPDATE OF first_visit_at, first_covered_at, first_covered_by ON household_progress
    FOR EACH ROW
    WHEN (OLD.first_visit_at IS DISTINCT FROM NEW.first_visit_at OR OLD.first_covered_at IS DISTINCT FROM NEW.first_covered_at OR OLD.first_covered_by IS DISTINCT FROM NEW.first_covered_by) EXECUTE FUNCTION household_progress_dash_first();

CREATE FUNCTION household_progress_dash_ad() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_progress SET visited = visited - 1, covered = covered - OLD.covered
        WHERE operation_id = OLD.operation_id
          AND area_id = coalesce((SELECT area_id FROM households WHERE id = OLD.household_id), 0);
    UPDATE area_day SET newly_visited = newly_visited - 1
        WHERE OLD.first_visit_at IS NOT NULL AND operation_id = OLD.operation_id
          AND day = substr(OLD.first_visit_at, 1, 10)
          AND area_id = coalesce((SELECT area_id FROM households WHERE id = OLD.household_id), 0);
    UPDATE area_day SET newly_covered = newly_covered - 1
        WHERE OLD.first_covered_at IS NOT NULL AND operation_id = OLD.operation_id
          AND day = substr(OLD.first_covered_at, 1, 10)
          AND area_id = coalesce((SELECT area_id FROM households WHERE id = OLD.household_id), 0);
    UPDATE officer_day SET covered = covered - 1
        WHERE OLD.first_covered_at IS NOT NULL AND operation_id = OLD.operation_id
          AND officer_id = OLD.first_covered_by AND day = substr(OLD.first_covered_at, 1, 10);
    RETURN NULL;
END $$;
CREATE TRIGGER household_progress_dash_ad AFTER DELETE ON household_progress
    FOR EACH ROW EXECUTE FUNCTION household_progress_dash_ad();

-- ---- Screenings: person-checks per area-day and officer-day ------------------------------
CREATE FUNCTION screenings_dash_ai() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO area_day(operation_id, area_id, day, person_checks)
        VALUES (NEW.operation_id,
                coalesce((SELECT h.area_id FROM visits v JOIN households h ON h.id = v.household_id
                          WHERE v.id = NEW.visit_id),
                         (SELECT h.area_id FROM persons p JOIN households h ON h.id = p.household_id
                          WHERE p.id = NEW.person_id), 0),
                substr(NEW.screened_at, 1, 10), 1)
        ON CONFLICT(operation_id, area_id, day) DO UPDATE SET person_checks = area_day.person_checks + 1;
    INSERT INTO officer_day(operation_id, officer_id, day, person_checks)
        VALUES (NEW.operation_id,
                coalesce((SELECT officer_id FROM visits WHERE id = NEW.visit_id), NEW.officer_id, 0),
                substr(NEW.screened_at, 1, 10), 1)
        ON CONFLICT(operation_id, officer_id, day) DO UPDATE SET person_checks = officer_day.person_checks + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER screenings_dash_ai AFTER INSERT ON screenings
    FOR EACH ROW EXECUTE FUNCTION screenings_dash_ai();

CREATE FUNCTION screenings_dash_ad() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_day SET person_checks = person_checks - 1
        WHERE operation_id = OLD.operation_id AND day = substr(OLD.screened_at, 1, 10)
          AND area_id = coalesce((SELECT h.area_id FROM visits v JOIN households h ON h.id = v.household_id
                                  WHERE v.id = OLD.visit_id),
                                 (SELECT h.area_id FROM persons p JOIN households h ON h.id = p.household_id
                                  WHERE p.id = OLD.person_id), 0);
    UPDATE officer_day SET person_checks = person_checks - 1
        WHERE operation_id = OLD.operation_id AND day = substr(OLD.screened_at, 1, 10)
          AND officer_id = coalesce((SELECT officer_id FROM visits WHERE id = OLD.visit_id), OLD.officer_id, 0);
    RETURN NULL;
END $$;
CREATE TRIGGER screenings_dash_ad AFTER DELETE ON screenings
    FOR EACH ROW EXECUTE FUNCTION screenings_dash_ad();

CREATE FUNCTION screenings_dash_au() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_day SET person_checks = person_checks - 1
        WHERE operation_id = OLD.operation_id AND day = substr(OLD.screened_at, 1, 10)
          AND area_id = coalesce((SELECT h.area_id FROM visits v JOIN households h ON h.id = v.household_id
                                  WHERE v.id = OLD.visit_id),
                                 (SELECT h.area_id FROM persons p JOIN households h ON h.id = p.household_id
                                  WHERE p.id = OLD.person_id), 0);
    UPDATE officer_day SET person_checks = person_checks - 1
        WHERE operation_id = OLD.operation_id AND day = substr(OLD.screened_at, 1, 10)
          AND officer_id = coalesce((SELECT officer_id FROM visits WHERE id = OLD.visit_id), OLD.officer_id, 0);
    INSERT INTO area_day(operation_id, area_id, day, person_checks)
        VALUES (NEW.operation_id,
                coalesce((SELECT h.area_id FROM visits v JOIN households h ON h.id = v.household_id
                          WHERE v.id = NEW.visit_id),
                         (SELECT h.area_id FROM persons p JOIN households h ON h.id = p.household_id
                          WHERE p.id = NEW.person_id), 0),
                substr(NEW.screened_at, 1, 10), 1)
        ON CONFLICT(operation_id, area_id, day) DO UPDATE SET person_checks = area_day.person_checks + 1;
    INSERT INTO officer_day(operation_id, officer_id, day, person_checks)
        VALUES (NEW.operation_id,
                coalesce((SELECT officer_id FROM visits WHERE id = NEW.visit_id), NEW.officer_id, 0),
                substr(NEW.screened_at, 1, 10), 1)
        ON CONFLICT(operation_id, officer_id, day) DO UPDATE SET person_checks = officer_day.person_checks + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER screenings_dash_au AFTER UPDATE OF operation_id, screened_at, visit_id, person_id, officer_id ON screenings
    FOR EACH ROW EXECUTE FUNCTION screenings_dash_au();

-- ---- Latest status per area --------------------------------------------------------------
CREATE FUNCTION person_progress_dash_ai() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO area_latest(operation_id, area_id, status, persons)
        VALUES (NEW.operation_id,
                coalesce((SELECT h.area_id FROM persons p JOIN households h ON h.id = p.household_id
                          WHERE p.id = NEW.person_id), 0),
                NEW.status, 1)
        ON CONFLICT(operation_id, area_id, status) DO UPDATE SET persons = area_latest.persons + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER person_progress_dash_ai AFTER INSERT ON person_progress
    FOR EACH ROW EXECUTE FUNCTION person_progress_dash_ai();

CREATE FUNCTION person_progress_dash_ad() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_latest SET persons = persons - 1
        WHERE operation_id = OLD.operation_id AND status = OLD.status
          AND area_id = coalesce((SELECT h.area_id FROM persons p JOIN households h ON h.id = p.household_id
                                  WHERE p.id = OLD.person_id), 0);
    RETURN NULL;
END $$;
CREATE TRIGGER person_progress_dash_ad AFTER DELETE ON person_progress
    FOR EACH ROW EXECUTE FUNCTION person_progress_dash_ad();

CREATE FUNCTION person_progress_dash_au() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_latest SET persons = persons - 1
        WHERE operation_id = OLD.operation_id AND status = OLD.status
          AND area_id = coalesce((SELECT h.area_id FROM persons p JOIN households h ON h.id = p.household_id
                                  WHERE p.id = OLD.person_id), 0);
    INSERT INTO area_latest(operation_id, area_id, status, persons)
        VALUES (NEW.operation_id,
                coalesce((SELECT h.area_id FROM persons p JOIN households h ON h.id = p.household_id
                          WHERE p.id = NEW.person_id), 0),
                NEW.status, 1)
        ON CONFLICT(operation_id, area_id, status) DO UPDATE SET persons = area_latest.persons + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER person_progress_dash_au AFTER UPDATE OF status ON person_progress
    FOR EACH ROW
    WHEN (NEW.status <> OLD.status) EXECUTE FUNCTION person_progress_dash_au();

-- A person moved to another household: the latest status and follow-up checks follow.
CREATE FUNCTION persons_dash_au() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_latest SET persons = area_latest.persons - 1
        FROM (SELECT operation_id, status FROM person_progress WHERE person_id = NEW.id) x
        WHERE area_latest.operation_id = x.operation_id AND area_latest.status = x.status
          AND area_latest.area_id = coalesce((SELECT area_id FROM households WHERE id = OLD.household_id), 0);
    INSERT INTO area_latest(operation_id, area_id, status, persons)
        SELECT operation_id, coalesce((SELECT area_id FROM households WHERE id = NEW.household_id), 0), status, 1
        FROM person_progress WHERE person_id = NEW.id
        ON CONFLICT(operation_id, area_id, status) DO UPDATE SET persons = area_latest.persons + 1;
    UPDATE area_day SET person_checks = area_day.person_checks - x.n
        FROM (SELECT operation_id AS op, substr(screened_at, 1, 10) AS day, count(*) AS n FROM screenings
              WHERE person_id = NEW.id AND visit_id IS NULL GROUP BY 1, 2) x
        WHERE area_day.operation_id = x.op AND area_day.day = x.day
          AND area_day.area_id = coalesce((SELECT area_id FROM households WHERE id = OLD.household_id), 0);
    INSERT INTO area_day(operation_id, area_id, day, person_checks)
        SELECT operation_id, coalesce((SELECT area_id FROM households WHERE id = NEW.household_id), 0),
               substr(screened_at, 1, 10), count(*) FROM screenings
        WHERE person_id = NEW.id AND visit_id IS NULL GROUP BY 1, 3
        ON CONFLICT(operation_id, area_id, day) DO UPDATE SET person_checks = area_day.person_checks + excluded.person_checks;
    RETURN NULL;
END $$;
CREATE TRIGGER persons_dash_au AFTER UPDATE OF household_id ON persons
    FOR EACH ROW
    WHEN (OLD.household_id IS DISTINCT FROM NEW.household_id) EXECUTE FUNCTION persons_dash_au();
