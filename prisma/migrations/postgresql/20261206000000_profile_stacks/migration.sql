-- Why it blocks: profiler samples per middleware, minute and folded stack; the stack of
-- each exemplar's longest blocking segment.
ALTER TABLE "Exemplar" ADD COLUMN "blockingStack" TEXT;

CREATE TABLE "ProfileStack" (
    "service" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "middleware" TEXT NOT NULL,
    "bucket" TIMESTAMP(3) NOT NULL,
    "stackHash" TEXT NOT NULL,
    "stack" TEXT NOT NULL,
    "samples" INTEGER NOT NULL,

    CONSTRAINT "ProfileStack_pkey" PRIMARY KEY ("service","middleware","bucket","stackHash","version","environment")
);

CREATE INDEX "ProfileStack_bucket_idx" ON "ProfileStack"("bucket");
