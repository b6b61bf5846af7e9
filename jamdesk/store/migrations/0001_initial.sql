-- Schema version 1: the delegation's whole domain.
-- Dates are ISO 8601 text (YYYY-MM-DD), times HH:MM, booleans 0/1.
-- Runs inside the migration's transaction; do not add BEGIN or COMMIT here.

-- Marks the file as a JämDesk store ("JamD"); must equal database.APPLICATION_ID.
PRAGMA application_id = 1247898948;

CREATE TABLE organisation (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    name              TEXT NOT NULL CHECK (name <> ''),
    delegation_name   TEXT NOT NULL CHECK (delegation_name <> ''),
    charter_signed_on TEXT,
    diary_pattern     TEXT NOT NULL DEFAULT '{series} {year}/{number}',
    registry_series   TEXT NOT NULL DEFAULT 'KS'
);

CREATE TABLE person (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL CHECK (name <> ''),
    kind      TEXT NOT NULL CHECK (kind IN ('politician', 'official')),
    title     TEXT NOT NULL DEFAULT '',
    email     TEXT NOT NULL DEFAULT '',
    phone     TEXT NOT NULL DEFAULT '',
    board_id  INTEGER REFERENCES board (id)
);
CREATE INDEX person_board_idx ON person (board_id);
CREATE INDEX person_name_idx ON person (name);

CREATE TABLE board (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (name <> ''),
    kind           TEXT NOT NULL CHECK (kind IN ('board', 'executive_board', 'company')),
    administration TEXT NOT NULL DEFAULT '',
    chair_id       INTEGER REFERENCES person (id),
    manager_id     INTEGER REFERENCES person (id),
    active_from    TEXT NOT NULL,
    active_to      TEXT,
    CHECK (active_to IS NULL OR active_to >= active_from)
);
CREATE INDEX board_name_idx ON board (name);

CREATE TABLE board_contact (
    board_id  INTEGER NOT NULL REFERENCES board (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id),
    capacity  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (board_id, person_id)
) WITHOUT ROWID;
CREATE INDEX board_contact_person_idx ON board_contact (person_id);

CREATE TABLE delegation_membership (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id),
    role      TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'member', 'substitute')),
    term_from TEXT NOT NULL,
    term_to   TEXT,
    CHECK (term_to IS NULL OR term_to >= term_from)
);
CREATE INDEX delegation_membership_person_idx ON delegation_membership (person_id);

CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('own', 'national', 'charter')),
    code        TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL CHECK (title <> ''),
    description TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX goal_kind_idx ON goal (kind, sort_order);

CREATE TABLE meeting (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('budget_dialogue', 'results_seminar', 'check_in',
                                               'delegation_meeting', 'other')),
    title        TEXT NOT NULL DEFAULT '',
    meeting_date TEXT NOT NULL,
    start_time   TEXT NOT NULL,
    end_time     TEXT,
    place        TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    notes        TEXT NOT NULL DEFAULT '',
    CHECK (end_time IS NULL OR end_time > start_time)
);
CREATE INDEX meeting_date_idx ON meeting (meeting_date, start_time);
CREATE INDEX meeting_kind_idx ON meeting (kind, meeting_date);

CREATE TABLE meeting_board (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    board_id   INTEGER NOT NULL REFERENCES board (id),
    PRIMARY KEY (meeting_id, board_id)
) WITHOUT ROWID;
CREATE INDEX meeting_board_board_idx ON meeting_board (board_id, meeting_id);

CREATE TABLE meeting_participant (
    meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id      INTEGER NOT NULL REFERENCES person (id),
    role           TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'member', 'substitute',
                                                 'secretary', 'board_representative', 'official',
                                                 'guest')),
    called         INTEGER NOT NULL DEFAULT 1 CHECK (called IN (0, 1)),
    attendance     TEXT NOT NULL DEFAULT 'unknown'
                   CHECK (attendance IN ('unknown', 'present', 'absent', 'substitute_serving')),
    serving_for_id INTEGER REFERENCES person (id),
    PRIMARY KEY (meeting_id, person_id),
    CHECK (serving_for_id IS NULL OR attendance = 'substitute_serving')
) WITHOUT ROWID;
CREATE INDEX meeting_participant_person_idx ON meeting_participant (person_id);

CREATE TABLE agenda_item (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 1),
    kind         TEXT NOT NULL CHECK (kind IN ('opening', 'follow_up', 'information', 'question',
                                               'decision', 'other')),
    title        TEXT NOT NULL CHECK (title <> ''),
    diary_number TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT ''
);
-- Not unique: reordering moves positions through transient duplicates inside a transaction;
-- the health check reports any that outlive one.
CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, position);

CREATE TABLE question (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting (id),
    agenda_item_id  INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
    board_id        INTEGER NOT NULL REFERENCES board (id),
    asked_by_id     INTEGER REFERENCES person (id),
    addressed_to_id INTEGER REFERENCES person (id),
    text            TEXT NOT NULL CHECK (text <> ''),
    answer          TEXT NOT NULL DEFAULT '',
    answered_on     TEXT,
    status          TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'answered', 'needs_follow_up'))
);
CREATE INDEX question_meeting_idx ON question (meeting_id);
CREATE INDEX question_board_idx ON question (board_id, status);
CREATE INDEX question_status_idx ON question (status);
CREATE INDEX question_agenda_item_idx ON question (agenda_item_id);

CREATE TABLE question_event (
    id          INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    changed_on  TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX question_event_question_idx ON question_event (question_id, id);

CREATE TABLE question_goal (
    question_id INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    goal_id     INTEGER NOT NULL REFERENCES goal (id),
    PRIMARY KEY (question_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX question_goal_goal_idx ON question_goal (goal_id);

CREATE TABLE commitment (
    id             INTEGER PRIMARY KEY,
    board_id       INTEGER NOT NULL REFERENCES board (id),
    made_by_id     INTEGER REFERENCES person (id),
    responsible_id INTEGER REFERENCES person (id),
    responsible    TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL CHECK (description <> ''),
    created_on     TEXT NOT NULL,
    due_on         TEXT,
    status         TEXT NOT NULL DEFAULT 'open'
                   CHECK (status IN ('open', 'in_progress', 'fulfilled', 'not_fulfilled',
                                     'withdrawn')),
    meeting_id     INTEGER REFERENCES meeting (id),
    agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
    question_id    INTEGER REFERENCES question (id) ON DELETE SET NULL
);
CREATE INDEX commitment_board_idx ON commitment (board_id, status, due_on);
CREATE INDEX commitment_status_due_idx ON commitment (status, due_on);
CREATE INDEX commitment_meeting_idx ON commitment (meeting_id);
CREATE INDEX commitment_question_idx ON commitment (question_id);
CREATE INDEX commitment_agenda_item_idx ON commitment (agenda_item_id);

CREATE TABLE commitment_event (
    id            INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    changed_on    TEXT NOT NULL,
    from_status   TEXT,
    to_status     TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX commitment_event_commitment_idx ON commitment_event (commitment_id, id);

CREATE TABLE commitment_goal (
    commitment_id INTEGER NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    goal_id       INTEGER NOT NULL REFERENCES goal (id),
    PRIMARY KEY (commitment_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX commitment_goal_goal_idx ON commitment_goal (goal_id);

CREATE TABLE minutes (
    id               INTEGER PRIMARY KEY,
    meeting_id       INTEGER NOT NULL REFERENCES meeting (id),
    kind             TEXT NOT NULL CHECK (kind IN ('protocol', 'notes')),
    body             TEXT NOT NULL CHECK (body <> ''),
    diary_number     TEXT NOT NULL DEFAULT '',
    secretary_id     INTEGER REFERENCES person (id),
    adjustment_place TEXT NOT NULL DEFAULT '',
    adjustment_date  TEXT,
    adjustment_time  TEXT,
    adjusted         INTEGER NOT NULL DEFAULT 0 CHECK (adjusted IN (0, 1)),
    adjusted_on      TEXT,
    corrects_id      INTEGER REFERENCES minutes (id),
    CHECK (adjusted = 0 OR adjusted_on IS NOT NULL)
);
CREATE INDEX minutes_meeting_idx ON minutes (meeting_id);
CREATE INDEX minutes_corrects_idx ON minutes (corrects_id);

CREATE TABLE minutes_adjuster (
    minutes_id INTEGER NOT NULL REFERENCES minutes (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person (id),
    PRIMARY KEY (minutes_id, person_id)
) WITHOUT ROWID;

CREATE TABLE minutes_paragraph (
    id             INTEGER PRIMARY KEY,
    minutes_id     INTEGER NOT NULL REFERENCES minutes (id) ON DELETE CASCADE,
    body           TEXT NOT NULL,
    year           INTEGER NOT NULL,
    number         INTEGER NOT NULL CHECK (number >= 1),
    heading        TEXT NOT NULL CHECK (heading <> ''),
    diary_number   TEXT NOT NULL DEFAULT '',
    summary        TEXT NOT NULL DEFAULT '',
    decision       TEXT NOT NULL DEFAULT '',
    sent_to        TEXT NOT NULL DEFAULT '',
    agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL
);
CREATE INDEX minutes_paragraph_minutes_idx ON minutes_paragraph (minutes_id, number);
CREATE INDEX minutes_paragraph_series_idx ON minutes_paragraph (body, year, number);

-- Adjusted minutes never change: the store itself refuses, whatever the caller.
CREATE TRIGGER minutes_adjusted_no_update
BEFORE UPDATE ON minutes WHEN OLD.adjusted = 1
BEGIN
    SELECT RAISE(ABORT, 'adjusted minutes cannot change');
END;
CREATE TRIGGER minutes_adjusted_no_delete
BEFORE DELETE ON minutes WHEN OLD.adjusted = 1
BEGIN
    SELECT RAISE(ABORT, 'adjusted minutes cannot change');
END;
CREATE TRIGGER minutes_paragraph_adjusted_no_insert
BEFORE INSERT ON minutes_paragraph
WHEN (SELECT adjusted FROM minutes WHERE id = NEW.minutes_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'adjusted minutes cannot change');
END;
CREATE TRIGGER minutes_paragraph_adjusted_no_update
BEFORE UPDATE ON minutes_paragraph
WHEN (SELECT adjusted FROM minutes WHERE id = OLD.minutes_id) = 1
  OR (SELECT adjusted FROM minutes WHERE id = NEW.minutes_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'adjusted minutes cannot change');
END;
CREATE TRIGGER minutes_paragraph_adjusted_no_delete
BEFORE DELETE ON minutes_paragraph
WHEN (SELECT adjusted FROM minutes WHERE id = OLD.minutes_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'adjusted minutes cannot change');
END;
CREATE TRIGGER minutes_adjuster_adjusted_no_insert
BEFORE INSERT ON minutes_adjuster
WHEN (SELECT adjusted FROM minutes WHERE id = NEW.minutes_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'adjusted minutes cannot change');
END;
CREATE TRIGGER minutes_adjuster_adjusted_no_delete
BEFORE DELETE ON minutes_adjuster
WHEN (SELECT adjusted FROM minutes WHERE id = OLD.minutes_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'adjusted minutes cannot change');
END;

CREATE TABLE reporting_request (
    id                   INTEGER PRIMARY KEY,
    board_id             INTEGER NOT NULL REFERENCES board (id),
    subject              TEXT NOT NULL CHECK (subject <> ''),
    form                 TEXT NOT NULL CHECK (form IN ('statistics_by_sex', 'resource_analysis',
                                                       'measures', 'written_report',
                                                       'oral_report', 'other')),
    form_details         TEXT NOT NULL DEFAULT '',
    due_on               TEXT NOT NULL,
    created_on           TEXT NOT NULL,
    meeting_id           INTEGER REFERENCES meeting (id),
    paragraph_id         INTEGER REFERENCES minutes_paragraph (id) ON DELETE SET NULL,
    agenda_item_id       INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
    question_id          INTEGER REFERENCES question (id) ON DELETE SET NULL,
    commitment_id        INTEGER REFERENCES commitment (id) ON DELETE SET NULL,
    status               TEXT NOT NULL DEFAULT 'draft'
                         CHECK (status IN ('draft', 'sent', 'answered', 'assessed_sufficient',
                                           'supplement_requested')),
    sent_on              TEXT,
    answered_on          TEXT,
    assessed_on          TEXT,
    request_diary_number TEXT NOT NULL DEFAULT '',
    answer_diary_number  TEXT NOT NULL DEFAULT '',
    assessment_note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reporting_request_board_idx ON reporting_request (board_id, status, due_on);
CREATE INDEX reporting_request_status_due_idx ON reporting_request (status, due_on);
CREATE INDEX reporting_request_meeting_idx ON reporting_request (meeting_id);
CREATE INDEX reporting_request_question_idx ON reporting_request (question_id);
CREATE INDEX reporting_request_commitment_idx ON reporting_request (commitment_id);
CREATE INDEX reporting_request_paragraph_idx ON reporting_request (paragraph_id);
CREATE INDEX reporting_request_agenda_item_idx ON reporting_request (agenda_item_id);

CREATE TABLE reporting_request_event (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES reporting_request (id) ON DELETE CASCADE,
    changed_on  TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reporting_request_event_request_idx ON reporting_request_event (request_id, id);

CREATE TABLE agenda_item_link (
    id             INTEGER PRIMARY KEY,
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    question_id    INTEGER REFERENCES question (id) ON DELETE CASCADE,
    commitment_id  INTEGER REFERENCES commitment (id) ON DELETE CASCADE,
    request_id     INTEGER REFERENCES reporting_request (id) ON DELETE CASCADE,
    CHECK ((question_id IS NOT NULL) + (commitment_id IS NOT NULL)
           + (request_id IS NOT NULL) = 1)
);
CREATE INDEX agenda_item_link_item_idx ON agenda_item_link (agenda_item_id);
CREATE INDEX agenda_item_link_question_idx ON agenda_item_link (question_id);
CREATE INDEX agenda_item_link_commitment_idx ON agenda_item_link (commitment_id);
CREATE INDEX agenda_item_link_request_idx ON agenda_item_link (request_id);

CREATE TABLE development_need (
    id            INTEGER PRIMARY KEY,
    description   TEXT NOT NULL CHECK (description <> ''),
    identified_on TEXT NOT NULL,
    board_id      INTEGER REFERENCES board (id),
    meeting_id    INTEGER REFERENCES meeting (id),
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'addressed', 'closed')),
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX development_need_board_idx ON development_need (board_id);
CREATE INDEX development_need_meeting_idx ON development_need (meeting_id);

CREATE TABLE development_need_goal (
    need_id INTEGER NOT NULL REFERENCES development_need (id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES goal (id),
    PRIMARY KEY (need_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX development_need_goal_goal_idx ON development_need_goal (goal_id);

CREATE TABLE document_review (
    id             INTEGER PRIMARY KEY,
    board_id       INTEGER NOT NULL REFERENCES board (id),
    document_title TEXT NOT NULL CHECK (document_title <> ''),
    document_kind  TEXT NOT NULL CHECK (document_kind IN ('budget', 'business_plan',
                                                          'annual_report', 'interim_report',
                                                          'policy', 'other')),
    version        TEXT NOT NULL DEFAULT '',
    document_date  TEXT,
    reviewed_on    TEXT NOT NULL,
    findings       TEXT NOT NULL DEFAULT '',
    reviewer_id    INTEGER REFERENCES person (id),
    meeting_id     INTEGER REFERENCES meeting (id)
);
CREATE INDEX document_review_board_idx ON document_review (board_id, reviewed_on);
CREATE INDEX document_review_meeting_idx ON document_review (meeting_id);

CREATE TABLE document_review_goal (
    review_id INTEGER NOT NULL REFERENCES document_review (id) ON DELETE CASCADE,
    goal_id   INTEGER NOT NULL REFERENCES goal (id),
    PRIMARY KEY (review_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX document_review_goal_goal_idx ON document_review_goal (goal_id);

CREATE TABLE action_plan_item (
    id        INTEGER PRIMARY KEY,
    action    TEXT NOT NULL CHECK (action <> ''),
    goal_id   INTEGER REFERENCES goal (id),
    priority  TEXT NOT NULL DEFAULT '',
    resources TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL DEFAULT '',
    board_id  INTEGER REFERENCES board (id),
    due_on    TEXT,
    status    TEXT NOT NULL DEFAULT 'planned'
              CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled'))
);
CREATE INDEX action_plan_item_goal_idx ON action_plan_item (goal_id);
CREATE INDEX action_plan_item_board_idx ON action_plan_item (board_id);
