-- Django's shared sync thread: time kept (held) and queued for (wait), per rollup row.
-- Written as ADD COLUMN rather than the table rebuild `prisma migrate diff` proposes:
-- the result is the same schema, and a large store is not copied row by row.
ALTER TABLE "MiddlewareRollup" ADD COLUMN "threadHeldSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "MiddlewareRollup" ADD COLUMN "threadWaitSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "MiddlewareRollup" ADD COLUMN "threadHeldHist" TEXT NOT NULL DEFAULT '{"z":0,"b":[]}';
ALTER TABLE "MiddlewareRollup" ADD COLUMN "threadWaitHist" TEXT NOT NULL DEFAULT '{"z":0,"b":[]}';

-- Django's shared sync thread utilization and the process's threads, per runtime row.
ALTER TABLE "RuntimeRollup" ADD COLUMN "syncThreadSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "syncThreadCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "threadsSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "threadsCount" INTEGER NOT NULL DEFAULT 0;

-- Machine load beside occupancy: process CPU over wall time, load average, logical CPUs.
ALTER TABLE "RuntimeRollup" ADD COLUMN "cpuSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "cpuCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "loadSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "loadCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "coresSum" REAL NOT NULL DEFAULT 0;
ALTER TABLE "RuntimeRollup" ADD COLUMN "coresCount" INTEGER NOT NULL DEFAULT 0;
