-- AlterTable
ALTER TABLE "MiddlewareRollup" ADD COLUMN     "threadHeldHist" TEXT NOT NULL DEFAULT '{"z":0,"b":[]}',
ADD COLUMN     "threadHeldSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "threadWaitHist" TEXT NOT NULL DEFAULT '{"z":0,"b":[]}',
ADD COLUMN     "threadWaitSum" DOUBLE PRECISION NOT NULL DEFAULT 0;

