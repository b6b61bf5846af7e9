-- Schema version 3: why a correction of adjusted minutes was made, and where protocols are kept.
-- Runs inside the migration's transaction; do not add BEGIN or COMMIT here.

-- A correction is a record of its own (corrects_id); the protocol it corrects never changes,
-- so the reason is written on the correction. Existing minutes have no reason to give.
ALTER TABLE minutes ADD COLUMN correction_reason TEXT NOT NULL DEFAULT '';

-- "Förvaringsplats för protokollet", printed in the notice certificate (anslag/bevis).
ALTER TABLE organisation ADD COLUMN minutes_kept_at TEXT NOT NULL DEFAULT '';
