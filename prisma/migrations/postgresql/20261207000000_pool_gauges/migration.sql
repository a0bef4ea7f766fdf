-- Starlette: anyio's pool, its tokens in use and the calls waiting for one (means per
-- interval), beside its size and busy time.
ALTER TABLE "RuntimeRollup"
  ADD COLUMN "poolInUseSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
  ADD COLUMN "poolInUseCount" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "poolWaitingSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
  ADD COLUMN "poolWaitingCount" INTEGER NOT NULL DEFAULT 0;
