-- Starlette: anyio's pool, its tokens in use and the calls waiting for one (means per
-- interval), beside its size and busy time (ADD COLUMN: no copy of a large store).
ALTER TABLE "RuntimeRollup" ADD COLUMN "poolInUseSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "poolInUseCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "poolWaitingSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "poolWaitingCount" INTEGER NOT NULL DEFAULT 0;
