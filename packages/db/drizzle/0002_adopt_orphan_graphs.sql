-- Graphs made before accounts existed have no workspace. They move into one shared
-- workspace (a fixed id, created only when such graphs exist). It has no members yet:
-- nobody can see it until the first account signs up, which makes that instance owner
-- its owner (see adoptMemberlessWorkspaces in src/users.ts).
INSERT INTO "workspaces" ("id", "name", "personal_of")
SELECT 'ws_0000000000000000', 'Graphs from before accounts', NULL
WHERE EXISTS (SELECT 1 FROM "graphs" WHERE "workspace_id" IS NULL)
ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
UPDATE "graphs" SET "workspace_id" = 'ws_0000000000000000' WHERE "workspace_id" IS NULL;
