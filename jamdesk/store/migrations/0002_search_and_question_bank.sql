-- Schema version 2: full-text search over the records, and the question bank.
-- Runs inside the migration's transaction; do not add BEGIN or COMMIT here.

-- One index for every kind of record. The rowid says what a row is: record id * 16 + kind,
-- so a trigger finds its row by rowid instead of scanning the index. Kinds (see
-- jamdesk/store/search.py): 1 meeting, 2 agenda item, 3 question, 4 commitment,
-- 5 reporting request, 6 minutes paragraph, 7 board, 8 person, 9 development need,
-- 10 document review. Diacritics are kept: å, ä and ö are letters of their own in Swedish.
CREATE VIRTUAL TABLE search_index USING fts5(
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3 4'
);

CREATE TRIGGER search_meeting_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO search_index (rowid, title, body)
    VALUES (NEW.id * 16 + 1, NEW.title, NEW.place || ' ' || NEW.notes);
END;
CREATE TRIGGER search_meeting_update AFTER UPDATE OF title, place, notes ON meeting BEGIN
    UPDATE search_index SET title = NEW.title, body = NEW.place || ' ' || NEW.notes
     WHERE rowid = NEW.id * 16 + 1;
END;
CREATE TRIGGER search_meeting_delete AFTER DELETE ON meeting BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 1;
END;

CREATE TRIGGER search_agenda_item_insert AFTER INSERT ON agenda_item BEGIN
    INSERT INTO search_index (rowid, title, body)
    VALUES (NEW.id * 16 + 2, NEW.title, NEW.notes || ' ' || NEW.diary_number);
END;
CREATE TRIGGER search_agenda_item_update AFTER UPDATE OF title, notes, diary_number
    ON agenda_item BEGIN
    UPDATE search_index SET title = NEW.title, body = NEW.notes || ' ' || NEW.diary_number
     WHERE rowid = NEW.id * 16 + 2;
END;
CREATE TRIGGER search_agenda_item_delete AFTER DELETE ON agenda_item BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 2;
END;

CREATE TRIGGER search_question_insert AFTER INSERT ON question BEGIN
    INSERT INTO search_index (rowid, title, body) VALUES (NEW.id * 16 + 3, NEW.text, NEW.answer);
END;
CREATE TRIGGER search_question_update AFTER UPDATE OF text, answer ON question BEGIN
    UPDATE search_index SET title = NEW.text, body = NEW.answer WHERE rowid = NEW.id * 16 + 3;
END;
CREATE TRIGGER search_question_delete AFTER DELETE ON question BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 3;
END;

CREATE TRIGGER search_commitment_insert AFTER INSERT ON commitment BEGIN
    INSERT INTO search_index (rowid, title, body)
    VALUES (NEW.id * 16 + 4, NEW.description, NEW.responsible);
END;
CREATE TRIGGER search_commitment_update AFTER UPDATE OF description, responsible
    ON commitment BEGIN
    UPDATE search_index SET title = NEW.description, body = NEW.responsible
     WHERE rowid = NEW.id * 16 + 4;
END;
CREATE TRIGGER search_commitment_delete AFTER DELETE ON commitment BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4;
END;

CREATE TRIGGER search_request_insert AFTER INSERT ON reporting_request BEGIN
    INSERT INTO search_index (rowid, title, body)
    VALUES (NEW.id * 16 + 5, NEW.subject,
            NEW.form_details || ' ' || NEW.assessment_note || ' ' || NEW.request_diary_number
            || ' ' || NEW.answer_diary_number);
END;
CREATE TRIGGER search_request_update AFTER UPDATE OF subject, form_details, assessment_note,
    request_diary_number, answer_diary_number ON reporting_request BEGIN
    UPDATE search_index SET title = NEW.subject,
           body = NEW.form_details || ' ' || NEW.assessment_note || ' '
                  || NEW.request_diary_number || ' ' || NEW.answer_diary_number
     WHERE rowid = NEW.id * 16 + 5;
END;
CREATE TRIGGER search_request_delete AFTER DELETE ON reporting_request BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 5;
END;

CREATE TRIGGER search_paragraph_insert AFTER INSERT ON minutes_paragraph BEGIN
    INSERT INTO search_index (rowid, title, body)
    VALUES (NEW.id * 16 + 6, NEW.heading,
            NEW.summary || ' ' || NEW.decision || ' ' || NEW.sent_to || ' ' || NEW.diary_number);
END;
CREATE TRIGGER search_paragraph_update AFTER UPDATE OF heading, summary, decision, sent_to,
    diary_number ON minutes_paragraph BEGIN
    UPDATE search_index SET title = NEW.heading,
           body = NEW.summary || ' ' || NEW.decision || ' ' || NEW.sent_to || ' '
                  || NEW.diary_number
     WHERE rowid = NEW.id * 16 + 6;
END;
CREATE TRIGGER search_paragraph_delete AFTER DELETE ON minutes_paragraph BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 6;
END;

CREATE TRIGGER search_board_insert AFTER INSERT ON board BEGIN
    INSERT INTO search_index (rowid, title, body)
    VALUES (NEW.id * 16 + 7, NEW.name, NEW.administration);
END;
CREATE TRIGGER search_board_update AFTER UPDATE OF name, administration ON board BEGIN
    UPDATE search_index SET title = NEW.name, body = NEW.administration
     WHERE rowid = NEW.id * 16 + 7;
END;
CREATE TRIGGER search_board_delete AFTER DELETE ON board BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 7;
END;

CREATE TRIGGER search_person_insert AFTER INSERT ON person BEGIN
    INSERT INTO search_index (rowid, title, body)
    VALUES (NEW.id * 16 + 8, NEW.name, NEW.title || ' ' || NEW.email);
END;
CREATE TRIGGER search_person_update AFTER UPDATE OF name, title, email ON person BEGIN
    UPDATE search_index SET title = NEW.name, body = NEW.title || ' ' || NEW.email
     WHERE rowid = NEW.id * 16 + 8;
END;
CREATE TRIGGER search_person_delete AFTER DELETE ON person BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 8;
END;

CREATE TRIGGER search_need_insert AFTER INSERT ON development_need BEGIN
    INSERT INTO search_index (rowid, title, body)
    VALUES (NEW.id * 16 + 9, NEW.description, NEW.note);
END;
CREATE TRIGGER search_need_update AFTER UPDATE OF description, note ON development_need BEGIN
    UPDATE search_index SET title = NEW.description, body = NEW.note
     WHERE rowid = NEW.id * 16 + 9;
END;
CREATE TRIGGER search_need_delete AFTER DELETE ON development_need BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 9;
END;

CREATE TRIGGER search_review_insert AFTER INSERT ON document_review BEGIN
    INSERT INTO search_index (rowid, title, body)
    VALUES (NEW.id * 16 + 10, NEW.document_title, NEW.findings || ' ' || NEW.version);
END;
CREATE TRIGGER search_review_update AFTER UPDATE OF document_title, findings, version
    ON document_review BEGIN
    UPDATE search_index SET title = NEW.document_title, body = NEW.findings || ' ' || NEW.version
     WHERE rowid = NEW.id * 16 + 10;
END;
CREATE TRIGGER search_review_delete AFTER DELETE ON document_review BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 10;
END;

-- What the store already holds goes into the index at once.
INSERT INTO search_index (rowid, title, body)
    SELECT id * 16 + 1, title, place || ' ' || notes FROM meeting;
INSERT INTO search_index (rowid, title, body)
    SELECT id * 16 + 2, title, notes || ' ' || diary_number FROM agenda_item;
INSERT INTO search_index (rowid, title, body) SELECT id * 16 + 3, text, answer FROM question;
INSERT INTO search_index (rowid, title, body)
    SELECT id * 16 + 4, description, responsible FROM commitment;
INSERT INTO search_index (rowid, title, body)
    SELECT id * 16 + 5, subject,
           form_details || ' ' || assessment_note || ' ' || request_diary_number || ' '
           || answer_diary_number
      FROM reporting_request;
INSERT INTO search_index (rowid, title, body)
    SELECT id * 16 + 6, heading,
           summary || ' ' || decision || ' ' || sent_to || ' ' || diary_number
      FROM minutes_paragraph;
INSERT INTO search_index (rowid, title, body)
    SELECT id * 16 + 7, name, administration FROM board;
INSERT INTO search_index (rowid, title, body)
    SELECT id * 16 + 8, name, title || ' ' || email FROM person;
INSERT INTO search_index (rowid, title, body)
    SELECT id * 16 + 9, description, note FROM development_need;
INSERT INTO search_index (rowid, title, body)
    SELECT id * 16 + 10, document_title, findings || ' ' || version FROM document_review;

-- The question bank: standard questions the secretary adds to agendas, tagged by the
-- meeting kinds they suit, the 3R/4R step they belong to, and goals.
CREATE TABLE question_bank_entry (
    id          INTEGER PRIMARY KEY,
    text        TEXT NOT NULL CHECK (text <> ''),
    method_step TEXT NOT NULL DEFAULT ''
                CHECK (method_step IN ('', 'representation', 'resources', 'realia', 'realise')),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE question_bank_kind (
    entry_id     INTEGER NOT NULL REFERENCES question_bank_entry (id) ON DELETE CASCADE,
    meeting_kind TEXT NOT NULL CHECK (meeting_kind IN ('budget_dialogue', 'results_seminar',
                                                       'check_in', 'delegation_meeting',
                                                       'other')),
    PRIMARY KEY (entry_id, meeting_kind)
) WITHOUT ROWID;
CREATE INDEX question_bank_kind_kind_idx ON question_bank_kind (meeting_kind);

CREATE TABLE question_bank_goal (
    entry_id INTEGER NOT NULL REFERENCES question_bank_entry (id) ON DELETE CASCADE,
    goal_id  INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX question_bank_goal_goal_idx ON question_bank_goal (goal_id);

-- A Swedish starter set, the secretary's to edit. Stored text, so written in Swedish.
INSERT INTO question_bank_entry (id, text, method_step, sort_order) VALUES
    (1, 'Hur många kvinnor och män, flickor och pojkar tar del av nämndens verksamhet, och hur ser fördelningen ut i förhållande till behoven?', 'representation', 10),
    (2, 'Hur är kvinnor och män representerade i nämndens egna beslutande och rådgivande organ?', 'representation', 20),
    (3, 'Vilka grupper hörs när nämnden tar fram underlag, och vilka hörs inte?', 'representation', 30),
    (4, 'Redovisar nämnden sin individbaserade statistik uppdelad på kön i budget och årsredovisning? Om inte, när gör den det?', 'representation', 40),
    (5, 'Hur fördelas nämndens resurser – pengar, tid, lokaler och personal – mellan kvinnor och män, flickor och pojkar?', 'resources', 50),
    (6, 'Vilka skillnader i kostnad per brukare finns mellan kvinnor och män, och vad beror de på?', 'resources', 60),
    (7, 'Hur påverkar budgetförslaget kvinnors och mäns villkor? Finns en jämställdhetsanalys av förslaget?', 'resources', 70),
    (8, 'Får kvinnor och män samma kvalitet, bemötande och handläggningstid i nämndens verksamhet?', 'realia', 80),
    (9, 'Vilka normer och föreställningar om kön påverkar hur verksamheten utformas och bedrivs?', 'realia', 90),
    (10, 'Varför ser fördelningen ut som den gör, och på vems villkor är verksamheten utformad?', 'realia', 100),
    (11, 'Vilka åtgärder har nämnden beslutat för att komma till rätta med de skillnader som analysen visat?', 'realise', 110),
    (12, 'Vilka mål och indikatorer för jämställdhet har nämnden satt för nästa år, och hur följs de upp?', 'realise', 120),
    (13, 'Vem ansvarar för att åtgärderna genomförs, och när redovisar nämnden resultatet till delegationen?', 'realise', 130),
    (14, 'Hur har nämnden arbetat med de åtaganden den gjorde vid förra dialogen?', '', 140),
    (15, 'Vilka resultat i jämställdhetsarbetet vill nämnden lyfta fram från det gångna året?', '', 150),
    (16, 'Vilket stöd behöver förvaltningen för att kunna jämställdhetsintegrera verksamheten?', '', 160),
    (17, 'Hur har nämnden använt metoden JämKAS Bas, och vad kom kartläggningen fram till?', '', 170),
    (18, 'Hur bidrar nämndens verksamhet till de nationella jämställdhetspolitiska målen?', '', 180),
    (19, 'Hur arbetar nämnden med att förebygga mäns våld mot kvinnor och våld i nära relationer?', '', 190),
    (20, 'Hur säkerställer nämnden att upphandlade verksamheter följer upp sina resultat uppdelat på kön?', 'resources', 200),
    (21, 'Hur ser löneskillnaderna ut mellan kvinnor och män i förvaltningen, och vad görs åt dem?', 'resources', 210),
    (22, 'Vilka delar av CEMR-deklarationens handlingsplan ansvarar nämnden för, och hur går arbetet?', '', 220);

INSERT INTO question_bank_kind (entry_id, meeting_kind) VALUES
    (1, 'budget_dialogue'), (1, 'results_seminar'),
    (2, 'results_seminar'), (2, 'check_in'),
    (3, 'check_in'), (3, 'results_seminar'),
    (4, 'budget_dialogue'), (4, 'results_seminar'),
    (5, 'budget_dialogue'), (5, 'results_seminar'),
    (6, 'budget_dialogue'), (6, 'results_seminar'),
    (7, 'budget_dialogue'),
    (8, 'results_seminar'), (8, 'check_in'),
    (9, 'check_in'), (9, 'results_seminar'),
    (10, 'results_seminar'),
    (11, 'results_seminar'), (11, 'check_in'),
    (12, 'budget_dialogue'),
    (13, 'budget_dialogue'), (13, 'check_in'),
    (14, 'budget_dialogue'), (14, 'results_seminar'), (14, 'check_in'),
    (15, 'results_seminar'),
    (16, 'check_in'), (16, 'budget_dialogue'),
    (17, 'check_in'), (17, 'results_seminar'),
    (18, 'results_seminar'), (18, 'delegation_meeting'),
    (19, 'check_in'), (19, 'results_seminar'),
    (20, 'budget_dialogue'), (20, 'check_in'),
    (21, 'results_seminar'), (21, 'budget_dialogue'),
    (22, 'delegation_meeting'), (22, 'check_in');

-- Where the store already has the national sub-goals, tag the questions that concern them.
INSERT INTO question_bank_goal (entry_id, goal_id)
    SELECT tag.entry_id, goal.id
      FROM (SELECT 2 AS entry_id, '1' AS code UNION ALL SELECT 5, '2' UNION ALL SELECT 6, '2'
            UNION ALL SELECT 7, '2' UNION ALL SELECT 21, '2' UNION ALL SELECT 19, '6'
            UNION ALL SELECT 8, '5') AS tag
      JOIN goal ON goal.kind = 'national' AND goal.code = tag.code;
