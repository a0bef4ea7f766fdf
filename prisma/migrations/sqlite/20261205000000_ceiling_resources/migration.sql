-- What bounds throughput (lib/query/ceiling.ts): each middleware's share of the thread pool,
-- and per runtime row the requests and what they used of each resource (ADD COLUMN, not
-- the table rebuild prisma migrate diff proposes: the same schema, no copy of a large store).
ALTER TABLE "MiddlewareRollup" ADD COLUMN "threadpoolSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "requestsSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "requestsCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "cpuTimeSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "cpuTimeCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "loopBusySum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "loopBusyCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "loopPreemptedSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "loopPreemptedCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "poolBusySum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "poolBusyCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "poolSizeSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "poolSizeCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "availableSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "availableCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "sharedThreadSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "sharedThreadCount" INTEGER NOT NULL DEFAULT 0;
